package io.autoghg.platform.support;

import java.util.List;

/** One page of a list: items, the page number (0-based), its size and the total count. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        page = Math.max(page, 0);
    }

    public static int offset(int page, int size) {
        return Math.max(page, 0) * clamp(size);
    }

    public static int clamp(int size) {
        return Math.min(Math.max(size, 1), 1000);
    }
}
