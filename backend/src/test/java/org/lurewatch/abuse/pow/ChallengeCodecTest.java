package org.lurewatch.abuse.pow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.TimingGuard;
import org.lurewatch.abuse.ProofOfWorkRefusedException;
import org.lurewatch.support.ProofOfWorkSolver;

class ChallengeCodecTest {

    private final ChallengeCodec codec = new ChallengeCodec(new byte[32]);

    @Test
    void aTokenReadsBackAndItsSolutionIsChecked() {
        Instant expiry = Instant.parse("2026-11-27T08:10:00Z");
        String token = codec.issue("tip", expiry, 10);
        ChallengeCodec.Token read = codec.read(token);
        assertThat(read.expiresAt()).isEqualTo(expiry);
        assertThat(read.difficulty()).isEqualTo(10);
        assertThat(read.purpose()).isEqualTo("tip");

        String nonce = ProofOfWorkSolver.solve(token, 10);
        assertThat(ChallengeCodec.solves(token, nonce, 10)).isTrue();
        assertThat(ChallengeCodec.solves(token, ProofOfWorkSolver.wrongNonce(token, 10), 10)).isFalse();
        assertThat(ChallengeCodec.solves(token, "a".repeat(65), 0)).as("nonce too long").isFalse();
    }

    @Test
    void anotherKeysTokenIsForged() {
        byte[] other = new byte[32];
        other[0] = 1;
        String foreign = new ChallengeCodec(other).issue("tip", Instant.now(), 4);
        assertThatThrownBy(() -> codec.read(foreign)).isInstanceOfSatisfying(ProofOfWorkRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(ProofOfWorkRefusedException.Reason.FORGED));
    }

    @Test
    void leadingZeroBitsAreCounted() {
        assertThat(ChallengeCodec.leadingZeroBits(new byte[] {0, 0, (byte) 0x80})).isEqualTo(16);
        assertThat(ChallengeCodec.leadingZeroBits(new byte[] {0, 0x01})).isEqualTo(15);
        assertThat(ChallengeCodec.leadingZeroBits(new byte[] {(byte) 0xFF})).isZero();
        assertThat(ChallengeCodec.leadingZeroBits(new byte[] {0, 0})).isEqualTo(16);
    }

    @TimingGuard
    void theDefaultDifficultyTakesAboutAQuarterMillionHashes() {
        // 18 bits: 2^18 = 262,144 hashes on average; a phone's JavaScript does that in about a second
        long start = System.nanoTime();
        String token = codec.issue("tip", Instant.now(), 18);
        ProofOfWorkSolver.solve(token, 18);
        assertThat(System.nanoTime() - start).as("the JVM is much faster than a phone; this only guards the order of magnitude")
                .isLessThan(30_000_000_000L);
    }
}
