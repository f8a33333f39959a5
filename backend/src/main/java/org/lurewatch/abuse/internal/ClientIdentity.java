package org.lurewatch.abuse.internal;

import java.net.InetAddress;
import java.util.List;

import com.google.common.net.InetAddresses;
import jakarta.annotation.PreDestroy;
import org.lurewatch.abuse.ClientKey;
import org.lurewatch.cluster.SharedRedis;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * One place that turns a request's socket peer and {@code X-Forwarded-For} into a
 * {@link ClientKey}, for GraphQL and plain HTTP alike, so both spend from the same buckets.
 */
@Component
class ClientIdentity implements org.lurewatch.abuse.ClientKeys {

    private final ClientAddresses addresses;
    private final SharedClientKeys keys;

    ClientIdentity(AbuseProperties properties, ObjectProvider<SharedRedis> redis) {
        this.addresses = new ClientAddresses(properties.trustedProxies());
        this.keys = new SharedClientKeys(redis.getIfAvailable());
    }

    @PreDestroy
    void stop() {
        keys.stop();
    }

    /** Whether client keys are those every instance uses (always true without Redis). */
    boolean keyedLikeOtherInstances() {
        return keys.shared();
    }

    ClientKey of(InetAddress peer, List<String> forwardedFor) {
        return keys.current().keyOf(addresses.clientOf(peer, forwardedFor));
    }

    @Override
    public ClientKey of(jakarta.servlet.http.HttpServletRequest request) {
        return of(request.getRemoteAddr(), java.util.Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /** For the servlet API, which gives the peer as a string (an IP literal: no DNS lookup). */
    ClientKey of(String peer, List<String> forwardedFor) {
        InetAddress address = null;
        if (peer != null) {
            try {
                address = InetAddresses.forString(peer);
            } catch (IllegalArgumentException notAnAddress) {
                // stays null: keyed as an unknown peer
            }
        }
        return of(address, forwardedFor);
    }
}
