package org.lurewatch.indicators.extraction;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lurewatch.indicators.ExtractedIndicator;
import org.lurewatch.indicators.Indicator;
import org.lurewatch.indicators.IndicatorType;
import org.lurewatch.indicators.parsing.Hosts;
import org.lurewatch.indicators.parsing.InvalidIndicatorException;

/**
 * Links and bare domains in text, reported as the registrable domain.
 *
 * <p>A token counts as a host only if its ending is a real public suffix (or the reserved
 * ".example"), which already drops "e.g" and "photo.jpg". Bare tokens, written without scheme,
 * "www." or path, get two more checks because several file extensions are also TLDs (".zip",
 * ".mov", ".md") and ads often glue sentences together ("today.Work from home").
 */
public final class LinkFinder {

    private static final String URL_PATH_CHARS = "[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]";

    /**
     * ASCII hosts: the common case, and the only one whose end is clear when glued to Thai text.
     * Possessive quantifiers: a word without a dot fails at once instead of backtracking; label
     * rules are checked afterwards by {@link Hosts#isSiteHost}.
     */
    private static final Pattern ASCII_LINK = Pattern.compile(
            "(?<![A-Za-z0-9@._%+\\-/])(?<scheme>(?:https?|ftp)://)?"
                    + "(?<host>[A-Za-z0-9-]++(?:\\.[A-Za-z0-9-]++)+)"
                    + "(?::\\d{1,5})?(?<path>[/?#]" + URL_PATH_CHARS + "*+)?",
            Pattern.CASE_INSENSITIVE);

    /** Unicode (IDN) hosts after a scheme: the scheme marks the start, a space or slash the end. */
    private static final Pattern SCHEME_LINK = Pattern.compile(
            "(?<![A-Za-z0-9])(?:https?|ftp)://(?<host>[^\\s/?#:<>\"'()（）「」，。、]+)(?::\\d{1,5})?"
                    + "(?<path>[/?#][^\\s<>\"'（）「」，、]*)?",
            Pattern.CASE_INSENSITIVE);

    /** Bare Unicode hosts, only where spaces or brackets set them apart from the text. */
    private static final Pattern BARE_UNICODE_HOST = Pattern.compile(
            "(?<![^\\s(（「『\"'<:：,，])(?<host>[\\p{L}\\p{M}\\p{N}-]++(?:[.．][\\p{L}\\p{M}\\p{N}-]++)+)"
                    + "(?<path>/[^\\s<>\"']*)?(?=$|[\\s)）」』\"'>,，.。!?;；:：])");

    private static final Set<String> FILE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "webp", "bmp", "heic",
            "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "csv", "zip", "rar", "7z", "mp3", "mp4", "mov",
            "avi", "mkv", "wav", "apk", "exe", "html", "htm", "php", "js", "css", "json", "xml", "md", "py", "sh");

    /** Company-name endings that happen to be TLDs: "ABC Co.Ltd" is not a web site. */
    private static final Set<String> NOT_HOSTS = Set.of("co.ltd", "pte.ltd", "co.limited");

    public List<ExtractedIndicator> find(String text) {
        if (text.indexOf('.') < 0 && text.indexOf('。') < 0 && text.indexOf('．') < 0) {
            return List.of();
        }
        List<ExtractedIndicator> found = new ArrayList<>();
        if (!isAscii(text)) {
            if (text.contains("://")) {
                findUnicode(text, SCHEME_LINK, found);
            }
            if (hasDotNextToNonAscii(text)) {
                findUnicode(text, BARE_UNICODE_HOST, found);
            }
        }
        Matcher m = ASCII_LINK.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int lastEnd = 0;
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            // only a dot between two ASCII letters or digits can be inside a host: try from that word
            if (dot < lastEnd || dot == 0 || dot + 1 >= text.length()
                    || !isHostChar(text.charAt(dot - 1)) || !isHostChar(text.charAt(dot + 1))) {
                continue;
            }
            int start = tokenStart(text, dot);
            if (start < lastEnd || !m.region(start, text.length()).lookingAt()) {
                continue;
            }
            lastEnd = m.end();
            if (Spans.overlaps(m.start(), m.end(), found)) {
                continue;
            }
            String rawHost = m.group("host");
            String host = rawHost.toLowerCase(Locale.ROOT);
            boolean bare = m.group("scheme") == null && m.group("path") == null && !host.startsWith("www.");
            if (bare && looksLikeProse(rawHost, host)) {
                continue;
            }
            add(text, m.start(), m.end(), host, found);
        }
        found.sort(java.util.Comparator.comparingInt(ExtractedIndicator::start));
        return found;
    }

    private static void findUnicode(String text, Pattern pattern, List<ExtractedIndicator> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String host = m.group("host");
            if (host.chars().allMatch(c -> c < 0x80)) {
                continue; // the ASCII pattern reads these with tighter boundaries
            }
            try {
                add(text, m.start(), m.end(), IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT), found);
            } catch (IllegalArgumentException e) {
                // not a valid IDN: ordinary text with dots
            }
        }
    }

    private static void add(String text, int start, int end, String asciiHost, List<ExtractedIndicator> found) {
        if (!Hosts.isSiteHost(asciiHost)) {
            return;
        }
        try {
            String domain = Hosts.registrableDomain(asciiHost);
            int e = Spans.trimTrailingPunctuation(text, start, end);
            found.add(new ExtractedIndicator(new Indicator(IndicatorType.DOMAIN, domain), start, e,
                    text.substring(start, e)));
        } catch (InvalidIndicatorException e) {
            // a public suffix alone ("co.th") is no site
        }
    }

    /** Where the host around a dot starts, including a scheme written before it. */
    private static int tokenStart(String text, int dot) {
        int s = dot;
        while (s > 0 && (isHostChar(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        if (s >= 3 && text.startsWith("://", s - 3)) {
            int schemeStart = s - 3;
            while (schemeStart > 0 && Character.isLetter(text.charAt(schemeStart - 1))
                    && text.charAt(schemeStart - 1) < 0x80) {
                schemeStart--;
            }
            return schemeStart;
        }
        return s;
    }

    private static boolean isHostChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '-');
    }

    /** A Unicode host needs a dot with a non-ASCII letter beside it; most texts have none. */
    private static boolean hasDotNextToNonAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '．') && (i > 0 && text.charAt(i - 1) >= 0x80
                    || i + 1 < text.length() && text.charAt(i + 1) >= 0x80)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeProse(String rawHost, String host) {
        if (NOT_HOSTS.contains(host)) {
            return true;
        }
        int dot = rawHost.lastIndexOf('.');
        String tld = host.substring(dot + 1);
        if (FILE_EXTENSIONS.contains(tld)) {
            return true;
        }
        // "today.Work": a capital after the dot and nothing else before it starts a new sentence
        String rawTld = rawHost.substring(dot + 1);
        boolean capitalised = Character.isUpperCase(rawTld.charAt(0))
                && rawTld.chars().skip(1).anyMatch(Character::isLowerCase);
        return capitalised && rawHost.indexOf('.') == dot;
    }
}
