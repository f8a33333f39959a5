package org.lurewatch.access.signin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Turns a client's socket address into a key for the sign-in throttle: an HMAC with a salt drawn
 * at start and held only in memory, so the key cannot be turned back into an address, is never
 * stored, and means nothing after a restart.
 */
@Component
public class ClientKeys {

    private final SecretKeySpec salt;

    public ClientKeys() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.salt = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public String of(String socketAddress) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(salt);
            byte[] digest = mac.doFinal((socketAddress == null ? "" : socketAddress).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
