package io.autoghg.accounting.parameter;

import io.autoghg.accounting.catalogue.Gas;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * IPCC 100-year global warming potentials (methodology file, section 5; status V).
 * Blends get their GWP from their components by mass share.
 */
public enum GwpSet {
    AR4("IPCC AR4 WG1", "Table 2.14", 2007),
    AR5("IPCC AR5 WG1", "Chapter 8, Table 8.A.1", 2013),
    AR6("IPCC AR6 WG1", "Chapter 7, Table 7.SM.7", 2021);

    private final String publication;
    private final String table;
    private final int year;
    private final Map<Gas, BigDecimal> values = new EnumMap<>(Gas.class);
    private final Map<Gas, String> notes = new EnumMap<>(Gas.class);

    static {
        row(Gas.CO2, "1", "1", "1");
        row(Gas.CO2E, "1", "1", "1");
        row(Gas.CH4, "25", "28", "29.8");
        row(Gas.CH4_NON_FOSSIL, "25", "28", "27.0");
        row(Gas.N2O, "298", "265", "273");
        row(Gas.SF6, "22800", "23500", "25200");
        row(Gas.NF3, "17200", "16100", "17400");
        row(Gas.HFC_23, "14800", "12400", "14600");
        row(Gas.HFC_32, "675", "677", "771");
        row(Gas.HFC_125, "3500", "3170", "3740");
        row(Gas.HFC_134A, "1430", "1300", "1530");
        row(Gas.HFC_143A, "4470", "4800", "5810");
        row(Gas.HFC_152A, "124", "138", "164");
        row(Gas.HFC_227EA, "3220", "3350", "3600");
        row(Gas.HFC_245FA, "1030", "858", "962");
        row(Gas.CF4, "7390", "6630", "7380");
        row(Gas.C2F6, "12200", "11100", "12400");
        row(Gas.HFO_1234YF, "4", "1", "0.501");
        row(Gas.HFO_1234ZE, "1", "1", "1.37");
        AR4.notes.put(Gas.HFO_1234YF, "AR4 lists no value; 4 is the figure some tables give (unconfirmed)");
        AR4.notes.put(Gas.HFO_1234ZE, "AR4 lists no value; 1 used as in AR5's '<1' convention (unconfirmed)");
        AR5.notes.put(Gas.HFO_1234YF, "AR5 gives <1; 1 is used");
        AR5.notes.put(Gas.HFO_1234ZE, "AR5 gives <1; 1 is used");
        AR6.notes.put(Gas.CH4, "fossil methane");
        AR6.notes.put(Gas.CH4_NON_FOSSIL, "non-fossil (biogenic) methane");
    }

    GwpSet(String publication, String table, int year) {
        this.publication = publication;
        this.table = table;
        this.year = year;
    }

    private static void row(Gas gas, String ar4, String ar5, String ar6) {
        AR4.values.put(gas, new BigDecimal(ar4));
        AR5.values.put(gas, new BigDecimal(ar5));
        AR6.values.put(gas, new BigDecimal(ar6));
    }

    /** The GWP of a gas or blend; empty for gases outside the Kyoto basket (memo items). */
    public Optional<BigDecimal> gwp(Gas gas) {
        if (gas.isBlend()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Map.Entry<Gas, BigDecimal> part : gas.components().entrySet()) {
                sum = sum.add(part.getValue().multiply(values.get(part.getKey())));
            }
            return Optional.of(sum.stripTrailingZeros());
        }
        return Optional.ofNullable(values.get(gas));
    }

    public Provenance provenance(Gas gas) {
        String note = gas.isBlend() ? "blend: " + describeBlend(gas) : notes.get(gas);
        return new Provenance(publication, table, year, null, null, Status.TO_VERIFY, name(), note);
    }

    private String describeBlend(Gas gas) {
        StringBuilder text = new StringBuilder();
        gas.components().forEach((part, share) -> {
            if (!text.isEmpty()) {
                text.append(" + ");
            }
            text.append(share.movePointRight(2).stripTrailingZeros().toPlainString()).append(" % ")
                    .append(part.label()).append(" (").append(values.get(part).toPlainString()).append(')');
        });
        return text.toString();
    }

    public static Optional<GwpSet> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
