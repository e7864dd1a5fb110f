package io.autoghg.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The roles × permissions table of docs/security.md says what Role.java grants, so the two cannot drift apart. */
class SecurityDocsTests {
    static final Path DOC = Path.of("../docs/security.md");

    /** The markdown table whose header starts with "| role |": its header cells and its rows of cells. */
    record Table(List<String> header, List<List<String>> rows) {
    }

    static Table rolesTable(List<String> lines) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("| role |")) {
                start = i;
                break;
            }
        }
        assertThat(start).as("docs/security.md has a table starting with '| role |'").isNotNegative();
        List<List<String>> rows = new ArrayList<>();
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            rows.add(cells(lines.get(i)));
        }
        return new Table(cells(lines.get(start)), rows);
    }

    static List<String> cells(String line) {
        String inner = line.strip().substring(1, line.strip().length() - 1);
        return Arrays.stream(inner.split("\\|", -1)).map(cell -> cell.strip().replace("`", "")).toList();
    }

    @Test
    void theRolesTableMatchesRoleJava() throws IOException {
        Table table = rolesTable(Files.readAllLines(DOC));

        List<String> permissions = table.header().subList(1, table.header().size());
        assertThat(permissions).as("one column per permission, in the order of Permission.java")
                .containsExactlyElementsOf(Arrays.stream(Permission.values()).map(Enum::name).toList());

        Map<String, Set<Permission>> documented = new LinkedHashMap<>();
        for (List<String> row : table.rows()) {
            assertThat(row).as("row %s has a cell per permission", row.get(0)).hasSize(permissions.size() + 1);
            Set<Permission> granted = EnumSet.noneOf(Permission.class);
            for (int column = 1; column < row.size(); column++) {
                String mark = row.get(column);
                assertThat(mark).as("%s / %s: a cell is ✓ or empty", row.get(0), permissions.get(column - 1)).isIn("✓", "");
                if (mark.equals("✓")) {
                    granted.add(Permission.valueOf(permissions.get(column - 1)));
                }
            }
            documented.put(row.get(0), granted);
        }

        assertThat(documented.keySet()).as("one row per role, in the order of Role.java")
                .containsExactlyElementsOf(Arrays.stream(Role.values()).map(Enum::name).toList());
        for (Role role : Role.values()) {
            assertThat(documented.get(role.name())).as("the permissions of %s", role).isEqualTo(role.permissions());
        }
    }
}
