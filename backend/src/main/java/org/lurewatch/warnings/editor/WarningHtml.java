package org.lurewatch.warnings.editor;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The HTML a warning body may hold: paragraphs, lists, strong and em, line breaks, and links to
 * http, https and mailto with {@code rel="nofollow noopener"}. Everything else is dropped (scripts
 * and styles with their content, other elements keeping their text), every attribute but a link's
 * {@code href} removed. {@code b} and {@code i} become {@code strong} and {@code em}.
 *
 * <p>The OWASP sanitizer writes emoji, CJK Extension B and full-width punctuation as numeric
 * character references; those are turned back into the characters (only non-ASCII ones, never a
 * character that means something in HTML), so the stored body reads as the editor typed it.
 * Bidi overrides and isolates, which can disguise a link or a phone number, are removed.
 */
public final class WarningHtml {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "ul", "ol", "li", "strong", "em", "br", "a")
            .allowElements((name, attributes) -> "strong", "b")
            .allowElements((name, attributes) -> "em", "i")
            .allowUrlProtocols("http", "https", "mailto")
            // absolute http, https and mailto only: no relative or protocol-relative links either
            .allowAttributes("href").matching(Pattern.compile("(?i)\\s*(https?://[^\\s]+|mailto:[^\\s]+)\\s*"))
            .onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}));");
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    private WarningHtml() {
    }

    /** The sanitised form of {@code html}; null and blank become the empty string. */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String normalised = Normalizer.normalize(html, Normalizer.Form.NFC);
        String safe = decodeNonAscii(POLICY.sanitize(normalised));
        return BIDI_CONTROLS.matcher(safe).replaceAll("").strip();
    }

    private static String decodeNonAscii(String html) {
        Matcher m = NUMERIC_REFERENCE.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            int cp;
            try {
                cp = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            } catch (NumberFormatException e) {
                cp = -1;
            }
            boolean decode = cp >= 0x80 && Character.isValidCodePoint(cp) && !Character.isISOControl(cp)
                    && !(cp >= 0xD800 && cp <= 0xDFFF);
            m.appendReplacement(out, Matcher.quoteReplacement(decode ? new String(Character.toChars(cp)) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
