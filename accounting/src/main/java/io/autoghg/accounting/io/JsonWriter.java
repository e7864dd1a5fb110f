package io.autoghg.accounting.io;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/** A minimal streaming JSON writer (no dependencies): decimals are written as exact JSON numbers. */
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    private final Deque<Boolean> first = new ArrayDeque<>();
    private final boolean pretty;
    private boolean afterName;

    public JsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    public JsonWriter beginObject() {
        token("{");
        first.push(true);
        return this;
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        token("[");
        first.push(true);
        return this;
    }

    public JsonWriter endArray() {
        return close(']');
    }

    public JsonWriter name(String name) {
        separator();
        out.append(quote(name)).append(pretty ? ": " : ":");
        afterName = true;
        return this;
    }

    public JsonWriter value(String text) {
        return raw(text == null ? "null" : quote(text));
    }

    public JsonWriter value(BigDecimal number) {
        return raw(number == null ? "null" : number.stripTrailingZeros().toPlainString().replaceAll("^-0$", "0"));
    }

    /** true, false or null as a bare JSON literal. */
    public JsonWriter literal(String token) {
        if (!token.equals("true") && !token.equals("false") && !token.equals("null")) {
            throw new IllegalArgumentException("not a JSON literal: " + token);
        }
        return raw(token);
    }

    public JsonWriter value(long number) {
        return raw(Long.toString(number));
    }

    public JsonWriter field(String name, String text) {
        return name(name).value(text);
    }

    public JsonWriter field(String name, BigDecimal number) {
        return name(name).value(number);
    }

    private JsonWriter raw(String token) {
        token(token);
        return this;
    }

    private void token(String token) {
        if (!afterName) {
            separator();
        }
        afterName = false;
        out.append(token);
    }

    private void separator() {
        if (first.isEmpty()) {
            return;
        }
        if (!first.peek()) {
            out.append(',');
        }
        first.pop();
        first.push(false);
        newline();
    }

    private JsonWriter close(char bracket) {
        boolean empty = first.pop();
        if (!empty) {
            newline();
        }
        out.append(bracket);
        return this;
    }

    private void newline() {
        if (pretty) {
            out.append('\n').append("  ".repeat(first.size()));
        }
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
