package io.autoghg.accounting.engine;

import io.autoghg.accounting.catalogue.CollectionMethod;
import io.autoghg.accounting.catalogue.SourceType;
import java.util.Map;

/** An emission source of a plant: a catalogue type instantiated with a code, an organisational unit and overrides. */
public record SourceDefinition(String code, SourceType type, String name, String orgUnit, CollectionMethod collection,
                               Map<String, ParameterOverride> parameters, SourceLocation location) {

    public SourceDefinition {
        parameters = Map.copyOf(parameters);
    }
}
