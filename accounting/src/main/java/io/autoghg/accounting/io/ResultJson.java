package io.autoghg.accounting.io;

import io.autoghg.accounting.engine.Aggregation;
import io.autoghg.accounting.engine.GasResult;
import io.autoghg.accounting.engine.InventoryResult;
import io.autoghg.accounting.engine.SourceResult;
import io.autoghg.accounting.engine.Totals;
import io.autoghg.accounting.trace.TraceEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON result contract: {"plant","year","gwp","totals":{…},"sources":[{"code","type","scope",
 * "tco2e","gases":[{"gas","mass_t","tco2e"}],"uncertaintyPct","trace":[…]}]} plus extensions.
 * Masses and tCO2e are rounded half-even to 6 decimals (1 g) for presentation; trace values keep
 * full precision.
 */
public final class ResultJson {
    static final int SCALE = 6;

    private ResultJson() {
    }

    public static String write(InventoryResult result, boolean pretty) {
        return write(result, Map.of(), pretty);
    }

    /** Writes the contract with extra top-level text fields (e.g. version and inputsHash from the service). */
    public static String write(InventoryResult result, Map<String, Object> extra, boolean pretty) {
        JsonWriter json = new JsonWriter(pretty).beginObject();
        json.field("plant", result.plant()).field("plantName", result.plantName());
        json.name("year").value(result.year());
        json.field("gwp", result.gwp().name());
        json.name("period").beginObject().field("from", result.periodFrom().toString())
                .field("to", result.periodTo().toString()).endObject();
        extra.forEach((key, value) -> {
            if (value instanceof Number number) {
                json.field(key, new BigDecimal(number.toString()));
            } else if (value instanceof Boolean flag) {
                json.name(key).literal(flag.toString());
            } else {
                json.field(key, value == null ? null : value.toString());
            }
        });
        totals(json, result.totals());
        json.field("uncertaintyPct", pct(result.uncertaintyPct()));
        json.name("sources").beginArray();
        result.sources().forEach(source -> source(json, source));
        json.endArray();
        aggregation(json, result.aggregation());
        json.name("rows").beginObject().name("used").value(result.rowsUsed())
                .name("outsideYear").value(result.rowsOutsideYear()).endObject();
        json.field("parameterLibrary", result.libraryVersion());
        return json.endObject().toString();
    }

    static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    static BigDecimal pct(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_EVEN);
    }

    private static void totals(JsonWriter json, Totals totals) {
        json.name("totals").beginObject()
                .field("total", round(totals.total()))
                .field("scope1", round(totals.scope1()))
                .field("scope2Location", round(totals.scope2Location()))
                .field("scope2Market", round(totals.scope2Market()))
                .field("scope3", round(totals.scope3()))
                .field("totalMarket", round(totals.totalMarket()))
                .field("exportedElectricityDeduction", round(totals.exportCredit()))
                .field("gbt32150Total", round(totals.gbt32150Total()))
                .field("memoNonKyotoMass_t", round(totals.memoHcfcT()))
                .endObject();
    }

    public static String scopeKey(SourceResult source) {
        return source.scope().name().toLowerCase(Locale.ROOT);
    }

    private static void source(JsonWriter json, SourceResult source) {
        json.beginObject()
                .field("code", source.code())
                .field("name", source.name())
                .field("type", source.type().code())
                .field("scope", scopeKey(source))
                .name("isoCategory").value(source.type().isoCategory().number());
        json.field("scope3Category", source.type().scope3Category())
                .field("orgUnit", source.orgUnit())
                .field("method", source.method())
                .field("tco2e", round(source.tco2e()))
                .field("tco2eMarket", round(source.tco2eMarket()));
        json.name("gases").beginArray();
        source.gases().forEach(gas -> gas(json, gas));
        json.endArray();
        if (!source.memo().isEmpty()) {
            json.name("memo").beginArray();
            source.memo().forEach(gas -> gas(json, gas));
            json.endArray();
        }
        json.field("uncertaintyPct", pct(source.uncertaintyPct()));
        if (source.exportCreditTco2().signum() != 0) {
            json.field("exportedElectricityDeduction", round(source.exportCreditTco2()));
        }
        if (!source.metrics().isEmpty()) {
            json.name("metrics").beginObject();
            source.metrics().forEach((name, quantity) -> json.name(name).beginObject()
                    .field("value", round(quantity.value())).field("unit", quantity.unit().symbol()).endObject());
            json.endObject();
        }
        json.name("monthly").beginObject();
        source.monthly().forEach((month, value) -> json.field(month.toString(), round(value)));
        json.endObject();
        trace(json, source.trace());
        json.endObject();
    }

    private static void gas(JsonWriter json, GasResult gas) {
        json.beginObject().field("gas", gas.label()).field("mass_t", round(gas.massT()))
                .field("gwp", gas.gwp()).field("tco2e", round(gas.tco2e()));
        if (gas.gas() == io.autoghg.accounting.catalogue.Gas.CH4_NON_FOSSIL) {
            json.field("origin", "non-fossil");
        }
        json.endObject();
    }

    private static void trace(JsonWriter json, List<TraceEntry> trace) {
        json.name("trace").beginArray();
        for (TraceEntry entry : trace) {
            json.beginObject().field("kind", entry.kind().name().toLowerCase(Locale.ROOT)).field("name", entry.name());
            if (entry.value() != null) {
                json.field("value", entry.value()).field("unit", entry.unit());
            }
            json.field("detail", entry.detail());
            if (!entry.rows().isEmpty()) {
                json.name("rows").beginArray();
                entry.rows().forEach(json::value);
                json.endArray();
            }
            json.endObject();
        }
        json.endArray();
    }

    private static void aggregation(JsonWriter json, Aggregation aggregation) {
        json.name("aggregation").beginObject();
        map(json, "bySourceType", aggregation.bySourceType());
        map(json, "byGas", aggregation.byGasTco2e());
        map(json, "byGasMass_t", aggregation.byGasMassT());
        map(json, "byScope", aggregation.byScope());
        map(json, "byScope3Category", aggregation.byScope3Category());
        json.name("byIsoCategory").beginObject();
        aggregation.byIsoCategory().forEach((category, value) -> json.field(String.valueOf(category), round(value)));
        json.endObject();
        map(json, "byOrgUnit", aggregation.byOrgUnit());
        json.name("byMonth").beginObject();
        aggregation.byMonth().forEach((month, value) -> json.field(month.toString(), round(value)));
        json.endObject();
        json.endObject();
    }

    private static void map(JsonWriter json, String name, Map<String, BigDecimal> values) {
        json.name(name).beginObject();
        values.forEach((key, value) -> json.field(key, round(value)));
        json.endObject();
    }
}
