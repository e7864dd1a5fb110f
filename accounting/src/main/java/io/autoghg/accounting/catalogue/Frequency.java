package io.autoghg.accounting.catalogue;

/** Expected frequency of activity data. */
public enum Frequency {
    DAY, MONTH, EVENT
}
