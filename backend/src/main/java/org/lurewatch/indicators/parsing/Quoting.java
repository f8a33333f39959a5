package org.lurewatch.indicators.parsing;

/** Quotes user input inside an error message without echoing a whole pasted essay. */
final class Quoting {

    private static final int MAX = 40;

    private Quoting() {
    }

    static String quote(String value) {
        String v = value.strip();
        if (v.codePointCount(0, v.length()) > MAX) {
            v = v.substring(0, v.offsetByCodePoints(0, MAX)) + "…";
        }
        return "“" + v + "”";
    }
}
