package org.lurewatch.offercheck.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The literal words a regex cannot match without: for {@code \b(ticket|visa)\b.{0,40}from your}
 * every match holds "ticket" or "visa", and "from your". A pattern is only run on a text that
 * holds at least one alternative of each such element; {@code String.indexOf} answers that in a
 * fraction of the time the regex needs to fail at every position (regexes were nine tenths of a
 * match before this gate).
 *
 * <p>Deliberately conservative: only the top-level sequence is read; an element that is optional,
 * or a group that is not a plain list of literal alternatives, is simply not used. A pattern with
 * a top-level "|" gets no gate (it always runs).
 */
final class RequiredLiterals {

    private static final String META = "\\[](){}.*+?^$|";

    private RequiredLiterals() {
    }

    /**
     * Each inner list holds the alternatives of one required element; null when the pattern's
     * shape is not understood (run it always).
     */
    static List<List<String>> of(String regex) {
        return of(regex, new boolean[1]);
    }

    /**
     * The alternatives every match starts with, when the pattern begins (after zero-width
     * assertions such as {@code \b} or a look-behind) with a required literal element; else null.
     * Such a pattern need only be tried where one of them occurs.
     */
    static List<String> leading(String regex) {
        boolean[] leads = new boolean[1];
        List<List<String>> required = of(regex, leads);
        return required != null && leads[0] ? required.get(0) : null;
    }

    /** @param leads set to true when the first required element is also the first thing matched */
    private static List<List<String>> of(String regex, boolean[] leads) {
        List<List<String>> required = new ArrayList<>();
        boolean consumedBefore = false; // anything that matches text before the first required element
        StringBuilder run = new StringBuilder();
        int i = 0;
        int n = regex.length();
        while (i < n) {
            char c = regex.charAt(i);
            if (c == '|') {
                return null; // a top-level alternation: no element is required
            }
            if (!consumedBefore && required.isEmpty() && run.isEmpty()) {
                leads[0] = startsRequiredElement(regex, i);
                consumedBefore = !leads[0] && !isZeroWidth(regex, i);
            }
            if (c == '\\') {
                int end = escapeEnd(regex, i);
                String literal = escapedLiteral(regex, i, end);
                if (literal != null) {
                    i = addLiteral(regex, end, literal, run, required);
                } else {
                    flush(run, required);
                    i = skipQuantifier(regex, end);
                }
            } else if (c == '(') {
                flush(run, required);
                int close = closingParen(regex, i);
                if (close < 0) {
                    return null;
                }
                int after = skipQuantifier(regex, close + 1);
                String inner = regex.substring(i + 1, close);
                boolean lookaroundOrFlags = inner.startsWith("?") && !inner.startsWith("?:");
                if (!lookaroundOrFlags && !isOptional(regex, close + 1)) {
                    List<String> alternatives = literalAlternatives(inner.startsWith("?:") ? inner.substring(2) : inner);
                    if (alternatives != null) {
                        required.add(alternatives);
                    }
                }
                i = after;
            } else if (c == '[') {
                flush(run, required);
                int close = closingBracket(regex, i);
                if (close < 0) {
                    return null;
                }
                i = skipQuantifier(regex, close + 1);
            } else if (c == '.' || c == '^' || c == '$') {
                flush(run, required);
                i = skipQuantifier(regex, i + 1);
            } else if (META.indexOf(c) >= 0) {
                return null; // a quantifier or bracket where none is expected: do not guess
            } else {
                i = addLiteral(regex, i + 1, String.valueOf(c), run, required);
            }
        }
        flush(run, required);
        if (required.isEmpty()) {
            leads[0] = false;
        }
        return required;
    }

    /** True when the element at {@code i} is a required literal or literal group (the first of the pattern). */
    private static boolean startsRequiredElement(String regex, int i) {
        char c = regex.charAt(i);
        if (c == '(') {
            int close = closingParen(regex, i);
            if (close < 0 || isOptional(regex, close + 1)) {
                return false;
            }
            String inner = regex.substring(i + 1, close);
            if (inner.startsWith("?") && !inner.startsWith("?:")) {
                return false;
            }
            return literalAlternatives(inner.startsWith("?:") ? inner.substring(2) : inner) != null;
        }
        if (c == '\\') {
            int end = escapeEnd(regex, i);
            return escapedLiteral(regex, i, end) != null && !isOptional(regex, end);
        }
        return META.indexOf(c) < 0 && !isOptional(regex, i + 1);
    }

    /** Assertions that match no text: \b, \B, ^, and look-arounds. */
    private static boolean isZeroWidth(String regex, int i) {
        char c = regex.charAt(i);
        if (c == '^') {
            return true;
        }
        if (c == '\\' && i + 1 < regex.length()) {
            char e = regex.charAt(i + 1);
            return e == 'b' || e == 'B';
        }
        return c == '(' && (regex.startsWith("(?=", i) || regex.startsWith("(?!", i) || regex.startsWith("(?<=", i)
                || regex.startsWith("(?<!", i));
    }

    /** Appends a literal char to the run, or, if a quantifier makes it optional, ends the run before it. */
    private static int addLiteral(String regex, int next, String literal, StringBuilder run,
            List<List<String>> required) {
        if (next < regex.length() && "?*+{".indexOf(regex.charAt(next)) >= 0) {
            boolean optional = isOptional(regex, next);
            flush(run, required);
            if (!optional) {
                required.add(List.of(literal));
            }
            return skipQuantifier(regex, next);
        }
        run.append(literal);
        return next;
    }

    private static void flush(StringBuilder run, List<List<String>> required) {
        if (!run.isEmpty()) {
            required.add(List.of(run.toString()));
            run.setLength(0);
        }
    }

    /**
     * The literal alternatives of a group such as "ticket|flight|travel", each cut to the literal
     * prefix that every match of it starts with ("wages?" gives "wage", "travel costs?" gives
     * "travel cost"); null if some alternative has no such prefix.
     */
    private static List<String> literalAlternatives(String inner) {
        List<String> alternatives = new ArrayList<>();
        for (String alternative : splitTopLevel(inner)) {
            String prefix = literalPrefix(alternative);
            if (prefix.isEmpty()) {
                return null;
            }
            alternatives.add(prefix);
        }
        return List.copyOf(alternatives);
    }

    /** The alternatives of a group body, split at "|" outside nested groups and classes. */
    private static List<String> splitTopLevel(String inner) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int close = closingBracket(inner, i);
                i = close < 0 ? inner.length() : close;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(inner.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(inner.substring(from));
        return parts;
    }

    /** The literal text an alternative surely starts with: up to its first metachar or optional char. */
    private static String literalPrefix(String alternative) {
        StringBuilder prefix = new StringBuilder();
        int i = 0;
        while (i < alternative.length()) {
            char c = alternative.charAt(i);
            String literal;
            int next;
            if (c == '\\') {
                next = escapeEnd(alternative, i);
                literal = escapedLiteral(alternative, i, next);
            } else {
                next = i + 1;
                literal = META.indexOf(c) >= 0 ? null : String.valueOf(c);
            }
            if (literal == null) {
                break;
            }
            if (next < alternative.length() && "?*+{".indexOf(alternative.charAt(next)) >= 0) {
                if (!isOptional(alternative, next)) {
                    prefix.append(literal); // "+" or "{2,}": at least one is there
                }
                break;
            }
            prefix.append(literal);
            i = next;
        }
        return prefix.toString();
    }

    /** True when the quantifier at {@code i} (if any) allows zero repetitions. */
    private static boolean isOptional(String regex, int i) {
        if (i >= regex.length()) {
            return false;
        }
        char q = regex.charAt(i);
        return q == '?' || q == '*' || q == '{' && regex.startsWith("{0", i);
    }

    private static int skipQuantifier(String regex, int i) {
        if (i >= regex.length()) {
            return i;
        }
        char q = regex.charAt(i);
        int next = i;
        if (q == '?' || q == '*' || q == '+') {
            next = i + 1;
        } else if (q == '{') {
            int close = regex.indexOf('}', i);
            next = close < 0 ? regex.length() : close + 1;
        }
        if (next > i && next < regex.length() && (regex.charAt(next) == '?' || regex.charAt(next) == '+')) {
            next++; // lazy or possessive
        }
        return next;
    }

    /** Index just past the escape starting at {@code i} ("\d", "\p{L}", "\u0e00"). */
    private static int escapeEnd(String regex, int i) {
        if (i + 1 >= regex.length()) {
            return regex.length();
        }
        char e = regex.charAt(i + 1);
        if ((e == 'p' || e == 'P') && i + 2 < regex.length() && regex.charAt(i + 2) == '{') {
            int close = regex.indexOf('}', i);
            return close < 0 ? regex.length() : close + 1;
        }
        if (e == 'u') {
            return Math.min(regex.length(), i + 6);
        }
        if (e == 'x') {
            return Math.min(regex.length(), i + 4);
        }
        return i + 2;
    }

    /** The char an escape stands for when it is a plain punctuation literal ("\$", "\."), else null. */
    private static String escapedLiteral(String regex, int i, int end) {
        if (end != i + 2) {
            return null;
        }
        char e = regex.charAt(i + 1);
        return Character.isLetterOrDigit(e) ? null : String.valueOf(e);
    }

    private static int closingParen(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = closingBracket(regex, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int closingBracket(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++; // a leading "]" is a literal
        }
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']') {
                return i;
            }
        }
        return -1;
    }
}
