package io.autoghg.accounting.engine;

import io.autoghg.accounting.parameter.GwpSet;
import java.util.List;
import java.util.Optional;

/** A plant as the plant file describes it. */
public record PlantDefinition(String code, String name, String timezone, GwpSet gwp, List<OrgUnitDefinition> orgUnits,
                              List<SourceDefinition> sources, SourceLocation location) {

    public PlantDefinition {
        orgUnits = List.copyOf(orgUnits);
        sources = List.copyOf(sources);
    }

    public Optional<SourceDefinition> source(String sourceCode) {
        return sources.stream().filter(source -> source.code().equals(sourceCode)).findFirst();
    }
}
