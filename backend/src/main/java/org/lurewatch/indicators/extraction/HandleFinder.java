package org.lurewatch.indicators.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lurewatch.indicators.ExtractedIndicator;
import org.lurewatch.indicators.Indicator;
import org.lurewatch.indicators.IndicatorType;
import org.lurewatch.indicators.Messenger;
import org.lurewatch.indicators.parsing.Handles;
import org.lurewatch.indicators.parsing.InvalidIndicatorException;
import org.lurewatch.indicators.parsing.PhoneNumbers;

/**
 * Messenger handles: a keyword ("LINE ID:", "ไลน์", "微信号", "Telegram @", "Zalo", "WhatsApp")
 * followed by an ID or number, and the apps' own links (t.me, wa.me, zalo.me, facebook.com,
 * tiktok.com/@).
 *
 * <p>Each form is a pattern anchored at its keywords: the keywords are located with
 * {@code indexOf} and the pattern is only tried there, which keeps a 1 KB text in the
 * microseconds. English keywords need a non-letter before them ("online" is no "line") and, where
 * the word is common, a colon or "@" after them ("the front line is" is no LINE ID); Thai and
 * Chinese keywords are distinctive enough as they are.
 */
public final class HandleFinder {

    private static final String NB = "(?<![A-Za-z0-9])";
    private static final String SEP = "\\s*[:：=]?\\s*";
    private static final String ID = "@?[A-Za-z0-9][A-Za-z0-9._\\-]{1,39}";
    private static final String PHONE = "\\+?\\(?\\d[\\d\\s().\\-]{5,18}\\d";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** One way of writing a handle: where to look, how it reads, and what it is. */
    private record Form(List<String> keywords, Pattern pattern, Messenger messenger, boolean phone) {

        Form(Messenger messenger, boolean phone, String regex, String... keywords) {
            this(List.of(keywords), Pattern.compile(regex, FLAGS), messenger, phone);
        }
    }

    private static final List<Form> FORMS = List.of(
            // "LINE ID: abc", "line: @abc", "Line @abc", "ID LINE abc", "LINE abc9", "ไลน์ abc", "ไอดีไลน์: abc"
            new Form(Messenger.LINE, false, "(?:" + NB + "line\\s*(?:id|ไอดี)" + SEP + "|" + NB + "line\\s*[:：=]\\s*"
                    + "|" + NB + "line\\s+(?=@)|" + NB + "id\\s*line" + SEP
                    + "|(?-i:" + NB + "LINE\\s+)(?=[A-Za-z0-9._\\-]*\\d)"
                    + "|ไอดีไลน์" + SEP + "|ไลน์(?:\\s*(?:ไอดี|id))?" + SEP + "|ไลน" + SEP + ")(?<h>" + ID + ")",
                    "line", "id", "ไลน", "ไอดี"),
            // "微信号：abc123", "加微信 abc123", "WeChat ID: abc123", "vx: abc123"
            new Form(Messenger.WECHAT, false, "(?:" + NB + "(?:wechat|we\\s?chat|weixin)(?:\\s*id)?" + SEP
                    + "|" + NB + "(?:wx|vx)\\s*[:：=]\\s*|(?:微信|薇信|威信|v信)号?" + SEP + ")"
                    + "(?<h>[A-Za-z0-9][A-Za-z0-9_\\-]{5,19})(?![A-Za-z0-9_\\-])",
                    "wechat", "we chat", "weixin", "wx", "vx", "微信", "薇信", "威信", "v信"),
            // "Telegram @name", "telegram: name", "tg: @name", "เทเลแกรม name", "电报：name"
            new Form(Messenger.TELEGRAM, false, "(?:" + NB + "(?:telegram|tele|tg)(?:\\s*id)?(?:\\s*[:：=]\\s*@?|\\s+@)"
                    + "|(?:เทเลแกรม|เทลิแกรม|电报|纸飞机)号?" + SEP + "@?)"
                    + "(?<h>[A-Za-z][A-Za-z0-9_]{4,31})(?![A-Za-z0-9_])",
                    "tele", "tg", "เทเลแกรม", "เทลิแกรม", "电报", "纸飞机"),
            new Form(Messenger.TELEGRAM, false, "(?<![A-Za-z0-9.])(?:t|telegram)\\.me/(?<h>[A-Za-z][A-Za-z0-9_]{4,31})"
                    + "(?![A-Za-z0-9_])", "t.me/", "telegram.me/"),
            // "WhatsApp +66 81 234 5678", "WA: 0812345678", "วอทส์แอป 081 …"
            new Form(Messenger.WHATSAPP, true, "(?:" + NB + "whats\\s?app(?:\\s*(?:no\\.?|number|id|#))?" + SEP
                    + "|" + NB + "wa\\s*[:：=]\\s*|วอท(?:ส์|ส)?แอ(?:ป|พ)" + SEP + ")(?<h>" + PHONE + ")",
                    "whats", "wa", "วอท"),
            new Form(Messenger.WHATSAPP, true, "(?<![A-Za-z0-9.])(?:wa\\.me/|api\\.whatsapp\\.com/send/?\\?phone=)"
                    + "(?<h>\\+?\\d{6,15})", "wa.me/", "api.whatsapp.com/send"),
            // "Zalo 0912 345 678", "zalo: +84 …", zalo.me links
            new Form(Messenger.ZALO, true, NB + "zalo(?:\\s*(?:id|số|number|no\\.?))?" + SEP + "(?<h>" + PHONE + ")",
                    "zalo"),
            new Form(Messenger.ZALO, true, "(?<![A-Za-z0-9.])zalo\\.me/(?<h>\\+?\\d{6,15})", "zalo.me/"),
            // Facebook and TikTok accounts are given as links (and "TikTok @name")
            new Form(Messenger.FACEBOOK, false, "(?<![A-Za-z0-9])(?:facebook|fb)\\.com/(?:profile\\.php\\?id=(?<h>\\d{5,20})"
                    + "|(?!(?:profile\\.php|groups|pages|share|sharer|watch|events|photo|photos|story\\.php"
                    + "|permalink\\.php|login|reel|marketplace|people)\\b)(?<h2>[A-Za-z0-9.]{5,50}))",
                    "facebook.com/", "fb.com/"),
            new Form(Messenger.TIKTOK, false, "(?:(?<![A-Za-z0-9])tiktok\\.com/@|" + NB + "tiktok(?:\\s*id)?" + SEP + "@)"
                    + "(?<h>[A-Za-z0-9._]{2,24})", "tiktok"));

    /**
     * A messenger's name in the languages of the region. An "@name" near one of these (before it
     * on the same line, or just after) is that messenger's handle: "ຕິດຕໍ່ທາງ ໄລນ໌ @jobcambodia88",
     * "@jobcambodia88 (LINE)". Latin names must stand as words ("online" is no LINE).
     */
    private static final Map<String, Messenger> MESSENGER_NAMES = messengerNames();
    /** How far from the "@" a messenger's name counts as next to it, in chars. */
    private static final int NAME_BEFORE = 40;
    private static final int NAME_AFTER = 20;
    private static final Pattern AT_NAME = Pattern.compile("(?<![A-Za-z0-9._%+\\-])[@＠](?<h>[A-Za-z][A-Za-z0-9._]{2,31})"
            + "(?![A-Za-z0-9_@])");
    /** Messengers whose users have "@name" handles, tried for an "@name" no messenger is named beside. */
    private static final List<Messenger> AT_MESSENGERS = List.of(Messenger.LINE, Messenger.TELEGRAM, Messenger.TIKTOK);

    private static Map<String, Messenger> messengerNames() {
        Map<String, Messenger> names = new LinkedHashMap<>();
        for (String n : List.of("line", "ไลน์", "ไลน", "ໄລນ໌", "ໄລນ", "ឡាញ", "လိုင်း", "連我", "连我")) {
            names.put(n, Messenger.LINE);
        }
        for (String n : List.of("telegram", "tele", "tg", "เทเลแกรม", "เทลิแกรม", "ເທເລແກຣມ", "ເທເລແກມ", "តេឡេក្រាម",
                "តេលេក្រាម", "တယ်လီဂရမ်", "电报", "纸飞机", "飞机")) {
            names.put(n, Messenger.TELEGRAM);
        }
        for (String n : List.of("wechat", "weixin", "微信", "วีแชท", "ວີແຊັດ", "វីឆាត", "ဝီချက်")) {
            names.put(n, Messenger.WECHAT);
        }
        for (String n : List.of("tiktok", "tik tok", "ติ๊กต็อก", "ຕິກຕອກ", "តិកតុក", "တစ်တော့", "抖音")) {
            names.put(n, Messenger.TIKTOK);
        }
        for (String n : List.of("facebook", "fb", "เฟซบุ๊ก", "เฟสบุ๊ค", "ເຟສບຸກ", "ហ្វេសប៊ុក", "ဖေ့စ်ဘွတ်ခ်", "脸书")) {
            names.put(n, Messenger.FACEBOOK);
        }
        names.put("zalo", Messenger.ZALO);
        return names;
    }

    /** Link prefixes the keyword does not include but the reported raw text should. */
    private static final List<String> LINK_PREFIXES = List.of("www.", "m.", "web.", "mbasic.", "vt.");
    private static final List<String> SCHEMES = List.of("https://", "http://");

    public List<ExtractedIndicator> find(String text, String regionHint) {
        String lower = lowerCaseSameLength(text);
        List<ExtractedIndicator> candidates = new ArrayList<>();
        for (Form form : FORMS) {
            Matcher m = null;
            for (String keyword : form.keywords()) {
                for (int at = lower.indexOf(keyword); at >= 0; at = lower.indexOf(keyword, at + 1)) {
                    if (m == null) {
                        m = form.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    }
                    m.region(at, text.length());
                    if (m.lookingAt()) {
                        ExtractedIndicator handle = toHandle(text, m, form, regionHint);
                        if (handle != null) {
                            candidates.add(handle);
                        }
                    }
                }
            }
        }
        List<ExtractedIndicator> kept = withoutOverlaps(candidates);
        List<ExtractedIndicator> atNames = atNames(text, lower, kept, regionHint);
        if (atNames.isEmpty()) {
            return kept;
        }
        List<ExtractedIndicator> all = new ArrayList<>(kept);
        all.addAll(atNames);
        all.sort(Comparator.comparingInt(ExtractedIndicator::start));
        return all;
    }

    /**
     * "@name" tokens the keyword forms did not take: the handle of the messenger named nearest to
     * them, else of an unknown app ("other:name") with its LINE, Telegram and TikTok readings as
     * alternatives, so that a bare "@jobcambodia88" still meets "line:@jobcambodia88".
     */
    private static List<ExtractedIndicator> atNames(String text, String lower, List<ExtractedIndicator> taken,
            String regionHint) {
        if (text.indexOf('@') < 0 && text.indexOf('＠') < 0) {
            return List.of();
        }
        List<ExtractedIndicator> found = new ArrayList<>();
        Matcher m = AT_NAME.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = nextAt(text, 0); at >= 0; at = nextAt(text, at + 1)) {
            if (!m.region(at, text.length()).lookingAt() || Spans.overlaps(m.start(), m.end(), taken)) {
                continue;
            }
            int end = trimId(text, m.start("h"), m.end("h"));
            String name = text.substring(m.start("h"), end);
            Messenger messenger = nearestMessenger(text, lower, m.start(), end);
            try {
                if (messenger != null) {
                    found.add(new ExtractedIndicator(new Indicator(IndicatorType.HANDLE,
                            Handles.normalise(messenger, "@" + name, regionHint)), m.start(), end,
                            text.substring(m.start(), end)));
                } else {
                    List<Indicator> readings = new ArrayList<>();
                    for (Messenger app : AT_MESSENGERS) {
                        readings.add(new Indicator(IndicatorType.HANDLE, Handles.normalise(app, "@" + name, regionHint)));
                    }
                    found.add(new ExtractedIndicator(new Indicator(IndicatorType.HANDLE,
                            Handles.normalise(Messenger.OTHER, name, regionHint)), m.start(), end,
                            text.substring(m.start(), end), readings));
                }
            } catch (InvalidIndicatorException e) {
                // not a handle after all
            }
        }
        return found;
    }

    private static int nextAt(String text, int from) {
        int ascii = text.indexOf('@', from);
        int wide = text.indexOf('＠', from);
        return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    }

    /** The messenger named closest to [start, end) on the same line, or null. */
    private static Messenger nearestMessenger(String text, String lower, int start, int end) {
        int from = start;
        while (from > 0 && start - from < NAME_BEFORE && text.charAt(from - 1) != '\n') {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < NAME_AFTER && text.charAt(to) != '\n') {
            to++;
        }
        Messenger best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (var entry : MESSENGER_NAMES.entrySet()) {
            String name = entry.getKey();
            for (int at = lower.indexOf(name, from); at >= 0 && at + name.length() <= to;
                    at = lower.indexOf(name, at + 1)) {
                if (at >= start && at < end || !standsAlone(lower, at, name)) {
                    continue;
                }
                int distance = at < start ? start - (at + name.length()) : at - end;
                if (distance < bestDistance) {
                    best = entry.getValue();
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** A Latin name must not be part of a longer Latin word ("online", "tgif"). */
    private static boolean standsAlone(String lower, int at, String name) {
        if (name.charAt(0) >= 0x80) {
            return true;
        }
        boolean before = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1))
                || lower.charAt(at - 1) >= 0x80;
        int end = at + name.length();
        boolean after = end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end))
                || lower.charAt(end) >= 0x80;
        return before && after;
    }

    private static ExtractedIndicator toHandle(String text, Matcher m, Form form, String regionHint) {
        String group = m.start("h") >= 0 || form.messenger() != Messenger.FACEBOOK ? "h" : "h2";
        int start = m.start(group);
        int end = m.end(group);
        String value;
        try {
            if (form.phone()) {
                Number number = longestNumber(text.substring(start, end), form.messenger(), regionHint);
                end = start + number.raw().length();
                value = number.e164() != null ? form.messenger().id() + ":" + number.e164()
                        : Handles.normalise(form.messenger(), number.raw(), regionHint);
            } else {
                end = trimId(text, start, end);
                value = Handles.normalise(form.messenger(), text.substring(start, end), regionHint);
            }
            int from = withLinkPrefix(text, m.start());
            return new ExtractedIndicator(new Indicator(IndicatorType.HANDLE, value), from, end,
                    text.substring(from, end));
        } catch (InvalidIndicatorException e) {
            return null;
        }
    }

    /** Several keywords can hit one handle ("ไอดีไลน์" holds "ไอดี" and "ไลน"): keep the longest. */
    private static List<ExtractedIndicator> withoutOverlaps(List<ExtractedIndicator> candidates) {
        if (candidates.size() < 2) {
            return candidates;
        }
        candidates.sort(Comparator.comparingInt(ExtractedIndicator::start)
                .thenComparing(Comparator.comparingInt(ExtractedIndicator::end).reversed()));
        List<ExtractedIndicator> kept = new ArrayList<>(candidates.size());
        int lastEnd = -1;
        for (ExtractedIndicator c : candidates) {
            if (c.start() >= lastEnd) {
                kept.add(c);
                lastEnd = c.end();
            }
        }
        return kept;
    }

    /** The part of a token that is a number, and its E.164 when valid. */
    private record Number(String raw, String e164) {
    }

    /**
     * "WhatsApp 081 234 5678 0912 345 678" is two numbers run together; take the longest prefix
     * (cut at a separator) that is a valid number, else the token as written. A Zalo number is
     * read as Vietnamese first (see {@link Handles}).
     */
    private static Number longestNumber(String token, Messenger messenger, String regionHint) {
        String hint = Handles.defaultRegion(messenger, regionHint);
        var whole = Handles.phoneE164(token, hint);
        if (whole.isPresent()) {
            return new Number(token, whole.get());
        }
        for (int cut = token.length() - 1; cut > 0; cut--) {
            if (!Character.isDigit(token.charAt(cut)) && Character.isDigit(token.charAt(cut - 1))) {
                String prefix = token.substring(0, cut);
                var e164 = PhoneNumbers.toValidE164(prefix, hint);
                if (e164.isPresent()) {
                    return new Number(prefix, e164.get());
                }
            }
        }
        return new Number(token, null);
    }

    // IDs may contain dots, but a dot at the end closes the sentence
    private static int trimId(String text, int start, int end) {
        int e = end;
        while (e > start + 1 && (text.charAt(e - 1) == '.' || text.charAt(e - 1) == '-')) {
            e--;
        }
        return e;
    }

    private static int withLinkPrefix(String text, int start) {
        int s = start;
        for (String prefix : LINK_PREFIXES) {
            if (endsWithAt(text, s, prefix)) {
                s -= prefix.length();
                break;
            }
        }
        for (String scheme : SCHEMES) {
            if (endsWithAt(text, s, scheme)) {
                return s - scheme.length();
            }
        }
        return s;
    }

    private static boolean endsWithAt(String text, int end, String s) {
        return end >= s.length() && text.regionMatches(true, end - s.length(), s, 0, s.length());
    }

    /** Lower case char by char, so offsets in it are offsets in the text. */
    private static String lowerCaseSameLength(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
