package org.lurewatch.abuse;

/**
 * A request that presented a valid NGO API key: it reads under the key's own quota instead of the
 * anonymous per-address allowance ({@link AbuseAction#PUBLIC_READ}). Whoever checks keys puts one
 * into the servlet request attributes under {@link #REQUEST_ATTRIBUTE} before the request reaches
 * GraphQL or the feeds; abuse control only reads it, so it never depends on how keys are kept.
 *
 * @param keyId the key's stable id (its bucket survives a rotation of the secret)
 * @param quota the organisation's allowance
 */
public record KeyedClient(String keyId, Quota quota) {

    public static final String REQUEST_ATTRIBUTE = "lurewatch.abuse.keyedClient";

    /**
     * @param perMinute requests per minute (the burst window)
     * @param perDay    requests per day (the sustained window)
     */
    public record Quota(int perMinute, int perDay) {

        public Quota {
            if (perMinute < 1 || perDay < 1) {
                throw new IllegalArgumentException("a quota allows at least one request per window");
            }
        }
    }
}
