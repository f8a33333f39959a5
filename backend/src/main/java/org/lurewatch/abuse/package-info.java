/**
 * Abuse control: per-client rate limits (Bucket4j, short and long windows, in a bounded in-memory
 * cache) and proof-of-work challenges, without third-party CAPTCHAs and without ever storing who a
 * client is. A client is known only by a {@link org.lurewatch.abuse.ClientKey}: a salted hash of
 * its address, salt random per process and never persisted.
 *
 * <p>API: {@link org.lurewatch.abuse.RateLimits}, {@link org.lurewatch.abuse.ProofOfWork},
 * {@link org.lurewatch.abuse.ClientKeys} (for plain HTTP), {@link org.lurewatch.abuse.ClientKey} (in the GraphQL context under
 * {@link org.lurewatch.abuse.ClientKey#CONTEXT_KEY}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Abuse control")
package org.lurewatch.abuse;
