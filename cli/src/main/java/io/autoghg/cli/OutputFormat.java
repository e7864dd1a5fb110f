package io.autoghg.cli;

/** How a command prints its result. */
enum OutputFormat {
    json, csv, table
}
