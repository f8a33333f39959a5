package org.lurewatch.abuse.pow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lurewatch.abuse.Challenge;
import org.lurewatch.abuse.ProofOfWorkRefusedException;
import org.lurewatch.abuse.internal.AbuseProperties;

/** The price of a tip: the calm difficulty until a measured flood of accepted proofs, announced by each challenge. */
class AdaptiveDifficultyTest {

    private Instant now = Instant.parse("2026-12-06T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };
    private final ProofOfWorkService pow = new ProofOfWorkService(new ChallengeSigningKey("", Path.of("unused"), true), clock,
            new AbuseProperties(List.of(), null, null, new AbuseProperties.Pow(4, Duration.ofMinutes(10), 7, 10)));

    private void solveOne() {
        Challenge c = pow.issue("tip");
        pow.verifyFresh("tip", c.token(), nonceFor(c));
    }

    private static String nonceFor(Challenge c) {
        for (int n = 0; ; n++) {
            String nonce = Integer.toString(n, 36);
            if (ChallengeCodec.solves(c.token(), nonce, c.difficulty())) {
                return nonce;
            }
        }
    }

    @Test
    void staysCalmThenRisesOneBitPerDoublingOfTheFloodAndFallsBackAfterAMinute() {
        assertThat(pow.issue("tip").difficulty()).isEqualTo(4);
        for (int i = 0; i < 10; i++) {
            solveOne();
        }
        assertThat(pow.issue("tip").difficulty()).as("10 a minute is calm").isEqualTo(4);
        solveOne();
        assertThat(pow.issue("tip").difficulty()).as("11 a minute: a flood").isEqualTo(5);
        for (int i = 0; i < 10; i++) {
            solveOne();
        }
        Challenge raised = pow.issue("tip");
        assertThat(raised.difficulty()).as("21 a minute").isEqualTo(6);
        assertThat(ChallengeCodec.solves(raised.token(), nonceFor(raised), 6)).isTrue();

        now = now.plusSeconds(61);
        assertThat(pow.issue("tip").difficulty()).as("a quiet minute later").isEqualTo(4);
        assertThat(FloodMeter.difficulty(4, 7, 10, 10_000)).as("never above the maximum").isEqualTo(7);
    }

    @Test
    void aRaisedChallengeNeedsItsOwnDifficultyAndGarbageRaisesNothing() {
        for (int i = 0; i < 25; i++) {
            solveOne();
        }
        Challenge raised = pow.issue("tip");
        assertThat(raised.difficulty()).isEqualTo(6);
        String weak = weakNonce(raised);
        assertThatThrownBy(() -> pow.verifyFresh("tip", raised.token(), weak)).isInstanceOf(ProofOfWorkRefusedException.class);

        now = now.plusSeconds(61);
        for (int i = 0; i < 100; i++) {
            Challenge c = pow.issue("tip");
            assertThatThrownBy(() -> pow.verifyFresh("tip", c.token(), weakNonce(c))).isInstanceOf(ProofOfWorkRefusedException.class);
        }
        assertThat(pow.issue("tip").difficulty()).as("refused proofs are not a flood").isEqualTo(4);
    }

    /** A nonce with the calm difficulty's zero bits but fewer than the challenge asks for. */
    private static String weakNonce(Challenge c) {
        for (int n = 0; ; n++) {
            String nonce = Integer.toString(n, 36);
            if ((c.difficulty() == 4 || ChallengeCodec.solves(c.token(), nonce, 4)) && !ChallengeCodec.solves(c.token(), nonce, c.difficulty())) {
                return nonce;
            }
        }
    }
}
