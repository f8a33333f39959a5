package org.lurewatch.abuse;

/**
 * Who is asking, as far as rate limits are concerned: a keyed hash of the client's address under
 * a key that is random per process and never persisted. It cannot be turned back into an
 * address, it changes at every restart, and it must never be stored or logged with anything a
 * client sent.
 */
public record ClientKey(String value) {

    /** The GraphQL context entry that holds the current request's key ({@code @ContextValue}). */
    public static final String CONTEXT_KEY = "lurewatch.abuse.clientKey";

    @Override
    public String toString() {
        return "ClientKey[…]";
    }
}
