package org.lurewatch.abuse.internal;

import java.time.Duration;
import java.util.List;

import org.lurewatch.abuse.AbuseAction;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of abuse control ({@code lurewatch.abuse.*}); every value has a default here.
 *
 * @param trustedProxies IPs or CIDRs of reverse proxies whose {@code X-Forwarded-For} is believed;
 *                       empty (the default) means the socket peer is always the client
 * @param maxClients     how many client keys the in-memory buckets remember per action
 * @param limits         allowances per action
 * @param proofOfWork    challenge difficulty and lifetime
 */
@ConfigurationProperties("lurewatch.abuse")
public record AbuseProperties(List<String> trustedProxies, Integer maxClients, Limits limits, Pow proofOfWork) {

    public AbuseProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        maxClients = maxClients == null ? 100_000 : maxClients;
        limits = limits == null ? new Limits(null, null, null, null) : limits;
        proofOfWork = proofOfWork == null ? new Pow(null, null, null, null) : proofOfWork;
    }

    /** A bucket: {@code capacity} units, refilled gradually over {@code period}. */
    public record Window(Integer capacity, Duration period) {
    }

    /** A short window against bursts and a long one against steady abuse. */
    public record Limit(Window burst, Window sustained) {

        Limit orDefault(int burstCapacity, Duration burstPeriod, int longCapacity, Duration longPeriod) {
            return new Limit(fill(burst, burstCapacity, burstPeriod), fill(sustained, longCapacity, longPeriod));
        }

        private static Window fill(Window w, int capacity, Duration period) {
            return w == null ? new Window(capacity, period)
                    : new Window(w.capacity() == null ? capacity : w.capacity(), w.period() == null ? period : w.period());
        }
    }

    /**
     * Defaults: shared addresses (carrier-grade NAT, an NGO office, an internet café) must not lock
     * out real tipsters, so the limits are loose enough for several people behind one address; the
     * proof of work is what makes bulk submission expensive.
     */
    public record Limits(Limit submission, Limit receiptLookup, Limit followUp, Limit publicRead) {

        public Limits {
            submission = orEmpty(submission).orDefault(10, Duration.ofMinutes(10), 50, Duration.ofDays(1));
            receiptLookup = orEmpty(receiptLookup).orDefault(20, Duration.ofMinutes(1), 200, Duration.ofDays(1));
            followUp = orEmpty(followUp).orDefault(10, Duration.ofMinutes(10), 100, Duration.ofDays(1));
            publicRead = orEmpty(publicRead).orDefault(600, Duration.ofMinutes(1), 20_000, Duration.ofHours(1));
        }

        private static Limit orEmpty(Limit limit) {
            return limit == null ? new Limit(null, null) : limit;
        }

        public Limit of(AbuseAction action) {
            return switch (action) {
                case SUBMISSION -> submission;
                case RECEIPT_LOOKUP -> receiptLookup;
                case FOLLOW_UP -> followUp;
                case PUBLIC_READ -> publicRead;
            };
        }
    }

    /**
     * @param difficulty     leading zero bits of SHA-256 a solution needs while the portal is calm:
     *                       17 means 131,072 hashes on average, under 2 s at the median on a phone
     *                       (backend/GUIDE.md, "Proof of work")
     * @param ttl            how long a challenge stays valid
     * @param maxDifficulty  the most a flood can raise it to
     * @param floodThreshold accepted proofs a minute (per instance; all instances together with Redis) above which each doubling of the
     *                       rate adds one bit
     */
    public record Pow(Integer difficulty, Duration ttl, Integer maxDifficulty, Integer floodThreshold) {

        public Pow {
            difficulty = difficulty == null ? 17 : difficulty;
            ttl = ttl == null ? Duration.ofMinutes(10) : ttl;
            maxDifficulty = maxDifficulty == null ? Math.max(difficulty, 22) : maxDifficulty;
            floodThreshold = floodThreshold == null ? 30 : floodThreshold;
            if (difficulty < 0 || difficulty > 32) {
                throw new IllegalArgumentException("lurewatch.abuse.proof-of-work.difficulty must be 0..32");
            }
            if (maxDifficulty < difficulty || maxDifficulty > 32) {
                throw new IllegalArgumentException("lurewatch.abuse.proof-of-work.max-difficulty must be difficulty..32");
            }
            if (floodThreshold < 1) {
                throw new IllegalArgumentException("lurewatch.abuse.proof-of-work.flood-threshold must be at least 1");
            }
        }
    }
}
