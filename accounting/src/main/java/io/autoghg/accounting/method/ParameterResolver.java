package io.autoghg.accounting.method;

import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.InvalidInputException;
import io.autoghg.accounting.engine.ParameterOverride;
import io.autoghg.accounting.engine.SourceDefinition;
import io.autoghg.accounting.parameter.Lookup;
import io.autoghg.accounting.parameter.ParameterLibrary;
import io.autoghg.accounting.parameter.Status;
import java.time.LocalDate;
import java.util.Optional;

/** Finds the value of a source's parameter: the plant's override first, then the library's default. */
public final class ParameterResolver {
    private final SourceDefinition source;
    private final ParameterLibrary library;
    private final LocalDate date;

    public ParameterResolver(SourceDefinition source, ParameterLibrary library, LocalDate date) {
        this.source = source;
        this.library = library;
        this.date = date;
    }

    public Optional<ResolvedParameter> resolve(String name) {
        Optional<Lookup> fromLibrary = libraryKey(name).flatMap(key -> library.find(key, date));
        ParameterOverride override = source.parameters().get(name);
        if (override != null) {
            return Optional.of(fromOverride(override, fromLibrary));
        }
        return fromLibrary.map(lookup -> new ResolvedParameter(name, lookup.parameter().value(),
                lookup.parameter().uncertaintyPct(), lookup.parameter().provenance().status(),
                "library " + lookup.parameter().key() + ": " + lookup.parameter().provenance().describe()
                        + (lookup.note() == null ? "" : "; " + lookup.note())));
    }

    public Optional<String> text(String name) {
        return Optional.ofNullable(source.parameters().get(name)).map(override -> override.text().strip());
    }

    private ResolvedParameter fromOverride(ParameterOverride override, Optional<Lookup> fromLibrary) {
        ParameterText.Parsed parsed;
        try {
            parsed = ParameterText.parse(override.text());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(new InputProblem(override.location(), "parameters." + override.name(),
                    "source " + source.code() + ": " + e.getMessage()));
        }
        String why = "plant file override (" + override.location() + ")"
                + fromLibrary.map(lookup -> " wins over library " + lookup.parameter().key() + " = "
                        + lookup.parameter().value() + " [" + lookup.parameter().provenance().describe() + "]")
                .orElse("; the library has no default");
        return new ResolvedParameter(override.name(), parsed.quantity(), parsed.uncertaintyPct(), Status.PLANT_SUPPLIED, why);
    }

    /** The library key of a parameter's default for this source's type, if the library has one. */
    Optional<String> libraryKey(String name) {
        SourceType type = source.type();
        Optional<String> fuel = text("fuel").or(type::fuel);
        return switch (name) {
            case "ncv", "carbonContent", "oxidation" -> fuel.map(f -> "fuel." + f + "." + name);
            case "density" -> switch (type) {
                case PROC_CO2_WELDING -> Optional.of("density.co2");
                case PROC_ACETYLENE_CUTTING -> Optional.of("density.c2h2");
                default -> fuel.map(f -> "fuel." + f + ".density");
            };
            case "gridFactor" -> Optional.of("grid.CN.location");
            case "residualFactor" -> Optional.of("grid.CN.residual");
            case "heatFactor" -> Optional.of("heat.CN.default");
            case "bo" -> Optional.of("wastewater.bo");
            case "purity" -> Optional.of("process.co2.purity");
            case "lossRate" -> type == SourceType.FUG_REFRIGERANT_VEHICLE
                    ? Optional.of("refrigerant.vehicle.lossRate") : Optional.empty();
            case "emissionFactorCH4" -> type == SourceType.FUG_GAS_PIPELINE
                    ? Optional.of("pipeline.ch4.emissionFactor") : Optional.empty();
            case "emissionFactor" -> type == SourceType.S3_UPSTREAM_STORAGE || type == SourceType.S3_DOWNSTREAM_STORAGE
                    ? Optional.of("grid.CN.location") : Optional.empty();
            default -> Optional.empty();
        };
    }
}
