package io.autoghg.platform.organisation;

/** A piece of equipment in an organisational unit (boiler, oven, chiller, generator …). */
public record Equipment(long id, String code, String name, String kind, String orgUnit) {
}
