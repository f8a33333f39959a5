package org.lurewatch.abuse;

import java.util.Map;

/**
 * What is left of an API key's quota, as the IETF RateLimit header fields
 * (draft-ietf-httpapi-ratelimit-headers) carry it: one policy per window, {@code q} the quota,
 * {@code w} the window in seconds, {@code r} what remains, {@code t} the seconds until it is whole
 * again (the buckets refill gradually, so requests come back before that).
 */
public record KeyQuota(KeyedClient.Quota quota, long remainingThisMinute, long remainingToday,
        long minuteRestoredInSeconds, long dayRestoredInSeconds) {

    public static final String POLICY_HEADER = "RateLimit-Policy";
    public static final String HEADER = "RateLimit";

    /** The two header fields, to add to every answer given with the key. */
    public Map<String, String> headers() {
        return Map.of(
                POLICY_HEADER, "\"minute\";q=" + quota.perMinute() + ";w=60, \"day\";q=" + quota.perDay() + ";w=86400",
                HEADER, "\"minute\";r=" + remainingThisMinute + ";t=" + minuteRestoredInSeconds
                        + ", \"day\";r=" + remainingToday + ";t=" + dayRestoredInSeconds);
    }
}
