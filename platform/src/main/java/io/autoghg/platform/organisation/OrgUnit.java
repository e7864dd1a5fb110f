package io.autoghg.platform.organisation;

/** An organisational unit of a plant: stamping, body shop, paint shop, powerhouse, wastewater station … */
public record OrgUnit(long id, String code, String name, String nameZh, String kind) {
}
