package org.lurewatch.abuse.pow;

import java.time.Clock;
import java.time.Instant;

import org.lurewatch.abuse.Challenge;
import org.lurewatch.abuse.ProofOfWork;
import org.lurewatch.abuse.ProofOfWorkRefusedException;
import org.lurewatch.abuse.ProofOfWorkRefusedException.Reason;
import org.lurewatch.abuse.internal.AbuseProperties;
import org.springframework.stereotype.Service;

/**
 * Issues signed, expiring challenges and checks solutions (the caller keeps each to one use). The
 * difficulty adapts: the calm one while the portal accepts few proofs, more under a measured
 * flood ({@link FloodMeter}, over all instances with Redis: {@link SharedFloodMeter}); each challenge carries (and signs) the difficulty it was issued with.
 */
@Service
class ProofOfWorkService implements ProofOfWork {

    private final ChallengeCodec codec;
    private final Clock clock;
    private final AbuseProperties.Pow settings;
    private final SharedFloodMeter flood;

    ProofOfWorkService(ChallengeSigningKey key, Clock clock, AbuseProperties properties) {
        this(key, clock, properties, null);
    }

    /** With Redis, the flood is counted over every instance together. */
    @org.springframework.beans.factory.annotation.Autowired
    ProofOfWorkService(ChallengeSigningKey key, Clock clock, AbuseProperties properties,
            org.springframework.beans.factory.ObjectProvider<org.lurewatch.cluster.SharedRedis> redis) {
        this.codec = new ChallengeCodec(key.bytes());
        this.clock = clock;
        this.settings = properties.proofOfWork();
        this.flood = new SharedFloodMeter(new FloodMeter(clock), redis == null ? null : redis.getIfAvailable(), clock);
    }

    @Override
    public Challenge issue(String purpose) {
        Instant expiresAt = clock.instant().plus(settings.ttl()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        int difficulty = currentDifficulty();
        return new Challenge(codec.issue(purpose, expiresAt, difficulty), difficulty, expiresAt);
    }

    /** The difficulty a challenge issued now carries. */
    int currentDifficulty() {
        return FloodMeter.difficulty(settings.difficulty(), settings.maxDifficulty(), settings.floodThreshold(), flood.perMinute());
    }

    @Override
    public String verifyFresh(String purpose, String challenge, String nonce) {
        ChallengeCodec.Token token = checked(purpose, challenge, nonce);
        if (!clock.instant().isBefore(token.expiresAt())) {
            throw new ProofOfWorkRefusedException(Reason.EXPIRED,
                    "proofOfWork.challenge has expired: ask tipChallenge for a new one (your text is not lost: send it again)");
        }
        flood.record();
        return token.id();
    }

    @Override
    public void verifyWork(String purpose, String challenge, String nonce) {
        checked(purpose, challenge, nonce);
    }

    private ChallengeCodec.Token checked(String purpose, String challenge, String nonce) {
        ChallengeCodec.Token token = codec.read(challenge);
        if (!token.purpose().equals(purpose)) {
            throw new ProofOfWorkRefusedException(Reason.WRONG_PURPOSE,
                    "proofOfWork.challenge was issued for something else: ask tipChallenge for a challenge for tips");
        }
        if (!ChallengeCodec.solves(challenge, nonce, token.difficulty())) {
            throw new ProofOfWorkRefusedException(Reason.INSUFFICIENT, "proofOfWork.nonce does not solve the challenge: "
                    + "SHA-256(challenge + \":\" + nonce) must start with " + token.difficulty()
                    + " zero bits, and the nonce is 1 to 64 characters of A-Z, a-z, 0-9, _ or -");
        }
        return token;
    }
}
