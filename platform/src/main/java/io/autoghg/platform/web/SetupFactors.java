package io.autoghg.platform.web;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.parameter.GwpSet;
import io.autoghg.accounting.parameter.LibraryParameter;
import io.autoghg.accounting.parameter.ParameterLibrary;
import io.autoghg.accounting.parameter.Provenance;
import io.autoghg.platform.activity.AccountingInputs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The factor-library browser: every library entry with its provenance, and the GWP sets. */
@Component
public class SetupFactors {
    private final AccountingInputs inputs;

    SetupFactors(AccountingInputs inputs) {
        this.inputs = inputs;
    }

    /** One library entry as shown: value and unit, uncertainty, and where the value comes from. */
    public record FactorRow(String key, String value, String unit, BigDecimal uncertaintyPct, String publication, String table,
                            Integer year, LocalDate validFrom, LocalDate validTo, String status, String version, String note) {
        static FactorRow of(LibraryParameter entry) {
            Provenance p = entry.provenance();
            return new FactorRow(entry.key(), entry.value().value().toPlainString(), entry.value().unit().symbol(),
                    entry.uncertaintyPct(), p.publication(), p.table(), p.year(), p.validFrom(), p.validTo(),
                    p.status() == null ? null : p.status().code(), p.version(), p.note());
        }
    }

    /** A GWP set's source. */
    public record GwpSource(String set, String publication, String table, Integer year) {
    }

    /** One gas with its GWP in each set (null outside the Kyoto basket). */
    public record GwpRow(String gas, BigDecimal ar4, BigDecimal ar5, BigDecimal ar6, boolean kyoto, String composition,
                         String note) {
    }

    public void addTo(Model model) {
        ParameterLibrary library = inputs.library();
        model.addAttribute("libraryVersion", library.version());
        model.addAttribute("factors", library.entries().stream().map(FactorRow::of)
                .sorted(Comparator.comparing(FactorRow::key)
                        .thenComparing(FactorRow::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList());
        model.addAttribute("gwpSources", Arrays.stream(GwpSet.values()).map(set -> {
            Provenance p = set.provenance(Gas.CO2);
            return new GwpSource(set.name(), p.publication(), p.table(), p.year());
        }).toList());
        model.addAttribute("gwp", Arrays.stream(Gas.values()).filter(gas -> gas != Gas.CO2E).map(SetupFactors::row).toList());
    }

    private static GwpRow row(Gas gas) {
        String composition = gas.components().entrySet().stream()
                .map(part -> part.getValue().movePointRight(2).stripTrailingZeros().toPlainString() + " % " + part.getKey().label())
                .collect(Collectors.joining(" + "));
        String notes = gas.isBlend() ? null : Arrays.stream(GwpSet.values())
                .map(set -> set.provenance(gas).note() == null ? null : set.name() + ": " + set.provenance(gas).note())
                .filter(Objects::nonNull).collect(Collectors.joining("; "));
        String label = gas == Gas.CH4_NON_FOSSIL ? "CH4 (non-fossil)" : gas.label();
        return new GwpRow(label, value(GwpSet.AR4, gas), value(GwpSet.AR5, gas), value(GwpSet.AR6, gas), gas.isKyoto(),
                composition.isEmpty() ? null : composition, notes == null || notes.isEmpty() ? null : notes);
    }

    private static BigDecimal value(GwpSet set, Gas gas) {
        return set.gwp(gas).orElse(null);
    }
}
