package io.autoghg.platform.quality;

import io.autoghg.platform.quality.DataDictionary.Column;
import io.autoghg.platform.quality.DataDictionary.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Joins the dictionary's descriptions with the database's own catalogue (information_schema), so
 * that types are always those of the migrations and a table or column without a description still
 * appears (with empty descriptions) instead of being left out.
 */
@Component
class DictionarySchema {
    private final JdbcClient jdbc;

    DictionarySchema(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record DbColumn(String table, String column, String type, boolean nullable) {
    }

    DataDictionary.Dictionary dictionary() {
        List<DbColumn> columns = jdbc.sql("""
                        select c.table_name, c.column_name,
                               case when c.data_type = 'ARRAY' then substr(c.udt_name, 2) || '[]'
                                    when c.data_type = 'USER-DEFINED' then c.udt_name else c.data_type end,
                               c.is_nullable = 'YES'
                        from information_schema.columns c
                        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                          and c.table_name <> 'flyway_schema_history'
                        order by c.table_name, c.ordinal_position""")
                .query((rs, n) -> new DbColumn(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))).list();
        Map<String, List<DbColumn>> byTable = new LinkedHashMap<>();
        columns.forEach(c -> byTable.computeIfAbsent(c.table(), t -> new ArrayList<>()).add(c));
        List<Table> tables = new ArrayList<>();
        Map<String, Table> described = DataDictionary.byName();
        for (Table table : described.values()) {
            List<DbColumn> actual = byTable.remove(table.name());
            if (actual != null) {
                tables.add(merge(table, actual));
            }
        }
        byTable.forEach((name, actual) -> tables.add(merge(new Table(name, "", "", "", List.of()), actual)));
        return new DataDictionary.Dictionary(tables, DataDictionary.codes(List.of()));
    }

    private static Table merge(Table table, List<DbColumn> actual) {
        Map<String, Column> described = new LinkedHashMap<>();
        table.columns().forEach(c -> described.put(c.name(), c));
        List<Column> merged = new ArrayList<>();
        for (DbColumn column : actual) {
            Column description = described.getOrDefault(column.column(), new Column(column.column(), null, null, "", ""));
            merged.add(description.withType(column.type(), column.nullable()));
        }
        return new Table(table.name(), table.module(), table.en(), table.zh(), merged);
    }
}
