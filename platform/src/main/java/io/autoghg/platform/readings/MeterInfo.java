package io.autoghg.platform.readings;

import io.autoghg.accounting.unit.Unit;

/** What ingest needs to know of a meter: id, code, unit, organisational unit, and how its readings count. */
record MeterInfo(long id, String code, Unit unit, String orgUnit, boolean cumulative, Double rollover) {
}
