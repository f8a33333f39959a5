package org.lurewatch.indicators.parsing;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lurewatch.indicators.Messenger;

/**
 * Messenger handles as "messenger:handle", lower case.
 *
 * <p>The "@" is kept where it is part of the identity: Telegram and TikTok names are the same with
 * or without it, so they always get exactly one; on LINE an "@" marks an official account, a
 * different ID from the same letters without it, so it stays only when written. WhatsApp and Zalo
 * accounts are phone numbers, so those handles become "whatsapp:+66812345678" and match however
 * the number was written.
 */
public final class Handles {

    private static final int MAX_LENGTH = 64;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._\\-]+");
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[\\p{Nd}\\s().\\-]+");
    /** Zalo is a Vietnamese app: a local number given for it is read as Vietnamese first. */
    private static final String ZALO_REGION = "VN";

    private Handles() {
    }

    /** Parses "messenger:handle", e.g. "LINE: @Somchai88" gives "line:@somchai88". */
    public static String normalise(String raw, String regionHint) {
        String s = raw.strip();
        int colon = indexOfColon(s);
        if (colon <= 0) {
            throw new InvalidIndicatorException(Quoting.quote(raw)
                    + " is not a handle: write it as messenger:handle, e.g. line:somchai88 (messenger one of "
                    + Messenger.allIds() + ").");
        }
        String app = s.substring(0, colon);
        Messenger messenger = Messenger.fromId(app).orElseThrow(() -> new InvalidIndicatorException(
                Quoting.quote(app) + " is not a messenger we know: use one of " + Messenger.allIds() + "."));
        return normalise(messenger, s.substring(colon + 1), regionHint);
    }

    /** Normalises the handle part for a known messenger; the result includes the prefix. */
    public static String normalise(Messenger messenger, String handle, String regionHint) {
        String h = lastPathSegment(handle.strip());
        if (h.isEmpty()) {
            throw new InvalidIndicatorException("The " + messenger.id() + " handle is empty.");
        }
        if ((messenger == Messenger.WHATSAPP || messenger == Messenger.ZALO) && looksLikePhone(h)) {
            String hint = defaultRegion(messenger, regionHint);
            return messenger.id() + ":" + phoneE164(h, hint).orElseGet(() -> PhoneNumbers.normalise(h, hint));
        }
        boolean hadAt = h.startsWith("@") || h.startsWith("＠");
        String name = stripLeadingAts(h).toLowerCase(Locale.ROOT);
        if (name.isEmpty() || !NAME.matcher(name).matches()) {
            throw new InvalidIndicatorException(Quoting.quote(handle) + " is not a " + messenger.id()
                    + " handle: use only letters, digits, dots, hyphens and underscores.");
        }
        if (name.length() > MAX_LENGTH) {
            throw new InvalidIndicatorException(Quoting.quote(handle) + " is too long for a handle (at most "
                    + MAX_LENGTH + " characters).");
        }
        boolean keepAt = switch (messenger) {
            case TELEGRAM, TIKTOK -> true;
            case LINE -> hadAt;
            default -> false;
        };
        return messenger.id() + ":" + (keepAt ? "@" : "") + name;
    }

    /** True for "0812345678", "+66 81 234 5678", "(66) 812-345678". */
    public static boolean looksLikePhone(String h) {
        return PHONE_LIKE.matcher(h).matches() && PhoneNumbers.digitsOf(h).length() >= PhoneNumbers.MIN_DIGITS;
    }

    /** The region a local number for this messenger is read in first. */
    public static String defaultRegion(Messenger messenger, String regionHint) {
        return regionHint == null && messenger == Messenger.ZALO ? ZALO_REGION : regionHint;
    }

    /** E.164 of a number given as a WhatsApp or Zalo account, when valid. */
    public static Optional<String> phoneE164(String number, String regionHint) {
        Optional<String> valid = PhoneNumbers.toValidE164(number, regionHint);
        String trimmed = number.strip();
        if (valid.isEmpty() && !trimmed.startsWith("+") && !trimmed.startsWith("0")) {
            // wa.me links and WhatsApp's own sharing write the country code without "+"
            valid = PhoneNumbers.toValidE164("+" + trimmed, null);
        }
        return valid;
    }

    /** "https://t.me/name", "wa.me/66812345678", "line.me/ti/p/~abc" → the identifying part. */
    private static String lastPathSegment(String h) {
        if (h.indexOf('/') < 0) {
            return h;
        }
        String s = h;
        int cut = indexOfAny(s, "?#");
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        String last = s.substring(s.lastIndexOf('/') + 1);
        return last.startsWith("~") ? last.substring(1) : last;
    }

    private static String stripLeadingAts(String h) {
        int i = 0;
        while (i < h.length() && (h.charAt(i) == '@' || h.charAt(i) == '＠')) {
            i++;
        }
        return h.substring(i).strip();
    }

    private static int indexOfColon(String s) {
        int ascii = s.indexOf(':');
        int fullWidth = s.indexOf('：');
        if (ascii < 0) {
            return fullWidth;
        }
        return fullWidth < 0 ? ascii : Math.min(ascii, fullWidth);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
