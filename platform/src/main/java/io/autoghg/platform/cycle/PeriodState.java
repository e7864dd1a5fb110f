package io.autoghg.platform.cycle;

import java.util.List;

/** The states of a plant's reporting year, in order; a year without a stored state is OPEN. */
public enum PeriodState {
    OPEN, DATA_COLLECTION, REVIEW, VERIFICATION, CLOSED;

    /** The states a period may move to by a transition (reopening CLOSED is separate). */
    public List<PeriodState> next() {
        return switch (this) {
            case OPEN -> List.of(DATA_COLLECTION);
            case DATA_COLLECTION -> List.of(REVIEW);
            case REVIEW -> List.of(VERIFICATION, DATA_COLLECTION);
            case VERIFICATION -> List.of(CLOSED, REVIEW);
            case CLOSED -> List.of();
        };
    }

    /** A step back needs a reason. */
    public boolean needsReason(PeriodState to) {
        return to.ordinal() < ordinal();
    }
}
