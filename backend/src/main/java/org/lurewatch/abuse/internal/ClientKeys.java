package org.lurewatch.abuse.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.lurewatch.abuse.ClientKey;

/**
 * Turns a client address into a {@link ClientKey}: HMAC-SHA256 under a salt drawn at start-up,
 * kept in memory only, truncated to 128 bits. An IPv6 client is keyed by its /64, the block one
 * subscriber usually gets; otherwise a single machine could hop through 2^64 addresses and
 * never meet its own limit.
 */
final class ClientKeys {

    static final ClientKey UNKNOWN_PEER = new ClientKey("unknown-peer");

    private final SecretKeySpec salt;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    ClientKeys() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.salt = new SecretKeySpec(random, "HmacSHA256");
    }

    ClientKey keyOf(InetAddress client) {
        if (client == null) {
            return UNKNOWN_PEER;
        }
        byte[] address = client.getAddress();
        byte[] keyed = client instanceof Inet6Address ? Arrays.copyOf(address, 8) : address;
        Mac mac = macs.get();
        mac.update((byte) keyed.length);
        byte[] digest = mac.doFinal(keyed);
        return new ClientKey(Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)));
    }

    /** Looking up and keying a Mac costs more than using it: one per request thread, reused. */
    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(salt);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
