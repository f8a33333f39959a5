package org.lurewatch.common;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.jsoup.parser.Parser;

/**
 * Cleans text typed by the public (and plain-text fields typed by staff) into plain text: markup
 * removed, control and bidi-override characters removed, NFC-normalised, length-capped. Every
 * script of the region, emoji and full-width punctuation survive unchanged, and {@code <}, {@code >}
 * and {@code &} typed as text stay text.
 */
public final class PlainText {

    /** Allows no element at all: only the text between tags survives. */
    private static final PolicyFactory NO_MARKUP = new HtmlPolicyBuilder().toFactory();

    /**
     * What an HTML tokenizer reads as the start of markup: {@code <} followed by an ASCII letter (a
     * tag), {@code /} (an end tag), {@code !} (a comment, doctype or CDATA) or {@code ?}. A {@code <}
     * followed by anything else ("a < b", "&lt;3", "<5 000 baht") is text to every browser.
     */
    private static final Pattern MARKUP_START = Pattern.compile("<+(?=[A-Za-z/!?])");

    /** Each pass removes at least one tag; nesting deeper than this is an attack, not a report. */
    private static final int MAX_PASSES = 8;

    private PlainText() {
    }

    /**
     * @param field    named in the error when the cleaned text is too long
     * @param maxChars the cap, counted in Unicode code points after cleaning
     * @return the cleaned text; null stays null
     */
    public static String clean(String text, String field, int maxChars) {
        if (text == null) {
            return null;
        }
        String cleaned = clean(text);
        int length = cleaned.codePointCount(0, cleaned.length());
        if (length > maxChars) {
            throw new UserInputException(field, field + " is at most " + maxChars + " characters (was " + length + ")");
        }
        return cleaned;
    }

    /** Cleans without a cap (callers cap the raw input size before, so this stays cheap). */
    public static String clean(String text) {
        // invisible characters go first: "<\u200Bscript>" is text to the sanitizer, a tag once they are gone
        String visible = removeInvisibleControls(Normalizer.normalize(text, Normalizer.Form.NFC));
        if (visible.indexOf('<') < 0) {
            return visible.strip();
        }
        String stripped = removeInvisibleControls(Normalizer.normalize(stripMarkup(visible), Normalizer.Form.NFC));
        return neutralise(stripped).strip();
    }

    /**
     * The OWASP sanitizer drops tags and their dangerous content (scripts, styles), but returns
     * HTML: it encodes {@code <}, {@code &}, emoji, CJK Extension B and full-width punctuation as
     * entities. Decoding them gives back exactly the text the person typed. Ampersands are escaped
     * first so that an entity the person typed ("&amp;lt;3") is kept as typed, not decoded.
     */
    private static String stripMarkup(String text) {
        String current = text;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String next = stripOnce(current);
            // decoding can assemble a tag out of pieces the sanitizer left as text ("<<b>img …>" becomes
            // "<img …>"), so run again until nothing changes or no markup is left (issue 22)
            if (next.equals(current) || !MARKUP_START.matcher(next).find()) {
                return next;
            }
            current = next;
        }
        return current;
    }

    private static String stripOnce(String text) {
        return Parser.unescapeEntities(NO_MARKUP.sanitize(text.replace("&", "&amp;")), false);
    }

    /**
     * Whatever still opens markup after the passes (only nesting built to outlast them) loses its
     * {@code <}: the text around it stays readable, and no consumer can read a tag into it. A whole
     * run goes ("<<b" would otherwise become "<b").
     */
    private static String neutralise(String text) {
        return MARKUP_START.matcher(text).replaceAll("");
    }

    /**
     * Removes C0/C1 controls (but keeps line breaks and tabs), bidi overrides and isolates that can
     * disguise text, and other invisible format characters that have no business in a report.
     * Zero-width joiner (U+200D) and non-joiner (U+200C) stay: emoji sequences and several scripts
     * of the region need them.
     */
    static String removeInvisibleControls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (keep(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean keep(int cp) {
        if (cp == '\n' || cp == '\t') {
            return true;
        }
        if (cp == '\r') {
            return false;
        }
        if (Character.isISOControl(cp)) {
            return false;
        }
        if (cp == 0x200C || cp == 0x200D || cp == 0xFE0F || cp == 0xFE0E) {
            return true;
        }
        if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C) {
            return false;
        }
        int type = Character.getType(cp);
        return type != Character.FORMAT && type != Character.UNASSIGNED && type != Character.SURROGATE
                && type != Character.PRIVATE_USE;
    }
}
