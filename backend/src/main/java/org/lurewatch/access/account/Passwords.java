package org.lurewatch.access.account;

import java.security.SecureRandom;
import java.util.Map;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password hashing and one-time passwords.
 *
 * <p>Argon2id (memory-hard, the OWASP first choice) with OWASP's minimum parameters: 19 MiB, two
 * passes, one lane, 16-byte salt. Hashes carry the {@code {argon2}} prefix of Spring Security's
 * {@link DelegatingPasswordEncoder}, so stronger parameters or another algorithm can be introduced
 * later and old hashes upgraded on the next sign-in.
 */
@Component
public class Passwords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 5;

    /**
     * Compared against when the user name is unknown, so both cases cost the same time: a hash of
     * random bytes nobody kept, with the same parameters as every new hash (a test holds them
     * equal). A constant, because hashing one at start-up, in code not yet compiled, took half of
     * the portal's start time.
     */
    static final String DUMMY_HASH =
            "{argon2}$argon2id$v=19$m=19456,t=2,p=1$pR8WRTt6z3Bs3AQf+tiGNw$lZsTWZTxx8r4Gq4kR5cjjBaVVDcqUK776aJM3IijRVs";

    private final PasswordEncoder encoder;
    private final SecureRandom random = new SecureRandom();

    public Passwords() {
        this(19 * 1024, 2);
    }

    /**
     * Other work for tests only: a test app that creates and signs in staff hundreds of times spent
     * most of its CPU in Argon2. The portal itself always takes the constructor above.
     */
    Passwords(int memoryKib, int passes) {
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, memoryKib, passes);
        this.encoder = new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return password != null && hash != null && encoder.matches(password, hash);
    }

    /** Spends the time of a real comparison and always fails. */
    public boolean matchNothing(String password) {
        encoder.matches(password == null ? "" : password, DUMMY_HASH);
        return false;
    }

    public boolean needsRehash(String hash) {
        return encoder.upgradeEncoding(hash);
    }

    /**
     * A password to hand over once (about 115 bits from a CSPRNG), e.g. {@code Kq7mx-2bWcn-...};
     * letters and digits that look alike are left out so it can be read out or copied by hand.
     */
    public String oneTimePassword() {
        StringBuilder sb = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
        for (int g = 0; g < GROUPS; g++) {
            if (g > 0) {
                sb.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return sb.toString();
    }

    /** Random text for security stamps and ids that must not be guessable. */
    public String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
