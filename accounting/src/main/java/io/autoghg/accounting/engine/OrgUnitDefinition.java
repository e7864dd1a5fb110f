package io.autoghg.accounting.engine;

/** An organisational unit of a plant (stamping, paint, powerhouse …) that sources belong to. */
public record OrgUnitDefinition(String code, String name, String nameZh) {
}
