package io.autoghg.platform.organisation;

/** A group of plants (the owner that consolidates). */
public record PlantGroup(long id, String code, String name) {
}
