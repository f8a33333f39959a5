package org.lurewatch.abuse;

/** Per-client allowances; call before doing the work the allowance protects. */
public interface RateLimits {

    /**
     * Takes one unit of {@code action}'s allowance for {@code client}.
     *
     * @throws RateLimitedException when the client has used it up; it says how long to wait
     */
    void consume(ClientKey client, AbuseAction action);

    /**
     * Takes one request from an API key's own quota, which replaces the anonymous public-read
     * allowance for requests that carry the key.
     *
     * @return what is left of the quota after this request
     * @throws RateLimitedException when the key's quota is used up
     */
    KeyQuota consume(KeyedClient client);

    /** What is left of a key's quota, taking nothing. */
    KeyQuota remaining(KeyedClient client);
}
