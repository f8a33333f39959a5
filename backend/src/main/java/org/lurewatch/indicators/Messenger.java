package org.lurewatch.indicators;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The messengers recruiters use in the region (IOM HTCDS lists the apps used to recruit);
 * {@code OTHER} keeps a handle on an app not listed rather than losing it.
 */
public enum Messenger {
    LINE,
    WECHAT,
    TELEGRAM,
    WHATSAPP,
    ZALO,
    FACEBOOK,
    TIKTOK,
    OTHER;

    /** The prefix of a handle indicator, e.g. "line" in "line:somchai88". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an id such as "line" or "Telegram"; empty when the app is not one of ours. */
    public static Optional<Messenger> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id().equals(wanted)).findFirst();
    }

    /** "line, wechat, …, other" for error messages. */
    public static String allIds() {
        return Arrays.stream(values()).map(Messenger::id).collect(Collectors.joining(", "));
    }
}
