package org.lurewatch.abuse.internal;

import java.security.SecureRandom;
import java.util.HexFormat;

import io.lettuce.core.SetArgs;
import org.lurewatch.cluster.SharedRedis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client-key hash key. Alone, random per process as always. With Redis, every instance must key
 * a client alike or none would see the others' counts: the first instance draws the key and stores
 * it in Redis (set-if-absent), the others read it. It lives in Redis's memory only (the production
 * stack runs Redis without persistence, deploy/OPERATIONS.md): a Redis restart draws a new one,
 * as a restart of a single portal does. Until Redis has answered once, this instance keys clients
 * under its own random key; a background thread asks, never a request.
 */
final class SharedClientKeys {

    static final String KEY = SharedRedis.PREFIX + "client-key-salt";
    private static final Logger log = LoggerFactory.getLogger(SharedClientKeys.class);

    private final SharedRedis redis;
    private volatile AddressHashing keys = new AddressHashing();
    private volatile String sharedSalt;
    private volatile long nextCheck;
    private final Thread refresher;

    SharedClientKeys(SharedRedis redis) {
        this.redis = redis;
        this.refresher = redis == null ? null : new Thread(this::keepShared, "client-key-salt");
        if (refresher != null) {
            refresher.setDaemon(true);
            refresher.start();
        }
    }

    void stop() {
        if (refresher != null) {
            refresher.interrupt();
        }
    }

    AddressHashing current() {
        return keys;
    }

    /** Until stopped: also picks up a new key after Redis restarted. */
    private void keepShared() {
        while (!Thread.currentThread().isInterrupted()) {
            refresh();
            try {
                Thread.sleep(Math.max(100, nextCheck - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Whether this instance keys clients like the others (tests). */
    boolean shared() {
        return redis == null || sharedSalt != null;
    }

    private void refresh() {
        long now = System.currentTimeMillis();
        try {
            byte[] fresh = new byte[16];
            new SecureRandom().nextBytes(fresh);
            redis.commands().set(KEY, HexFormat.of().formatHex(fresh), SetArgs.Builder.nx());
            String salt = redis.commands().get(KEY);
            if (salt != null && salt.length() == 32 && !salt.equals(sharedSalt)) {
                byte[] bytes = HexFormat.of().parseHex(salt);
                keys = new AddressHashing(com.google.common.primitives.Longs.fromByteArray(java.util.Arrays.copyOf(bytes, 8)),
                        com.google.common.primitives.Longs.fromByteArray(java.util.Arrays.copyOfRange(bytes, 8, 16)));
                if (sharedSalt != null) {
                    log.info("Redis holds a new client-key salt (it restarted): allowances start afresh");
                }
                sharedSalt = salt;
            }
            nextCheck = now + 10_000;
        } catch (RuntimeException unreachable) {
            nextCheck = now + (redis.connected() ? 2_000 : 200);
        }
    }
}
