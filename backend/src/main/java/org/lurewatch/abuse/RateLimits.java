package org.lurewatch.abuse;

/** Per-client allowances; call before doing the work the allowance protects. */
public interface RateLimits {

    /**
     * Takes one unit of {@code action}'s allowance for {@code client}.
     *
     * @throws RateLimitedException when the client has used it up; it says how long to wait
     */
    void consume(ClientKey client, AbuseAction action);
}
