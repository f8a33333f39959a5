package org.lurewatch.abuse.internal;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import com.google.common.net.HostAndPort;
import com.google.common.net.InetAddresses;

/**
 * Decides which address a request comes from. The socket peer is the client unless it is one of
 * the configured trusted proxies; then {@code X-Forwarded-For} is read from right to left, skipping
 * trusted proxies, and the first address not trusted is the client. Entries to the left of it
 * were written by the client itself and are ignored: anyone can forge them.
 */
final class ClientAddresses {

    private final List<Cidr> trusted;

    ClientAddresses(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().filter(s -> !s.isBlank()).map(Cidr::parse).toList();
    }

    /**
     * @param peer           the socket peer; null when unknown
     * @param forwardedFor   every {@code X-Forwarded-For} header line, in order (may be empty)
     * @return the client address, or null when the peer is unknown
     */
    InetAddress clientOf(InetAddress peer, List<String> forwardedFor) {
        InetAddress current = peer;
        if (current == null || !isTrusted(current)) {
            return current;
        }
        List<String> hops = hops(forwardedFor);
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = parse(hops.get(i));
            if (hop == null) {
                return current; // a garbled hop: stop at the last address we can vouch for
            }
            current = hop;
            if (!isTrusted(current)) {
                return current;
            }
        }
        return current;
    }

    boolean isTrusted(InetAddress address) {
        for (Cidr cidr : trusted) {
            if (cidr.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> hops(List<String> headerLines) {
        List<String> hops = new ArrayList<>();
        if (headerLines != null) {
            for (String line : headerLines) {
                for (String part : line.split(",")) {
                    if (!part.isBlank()) {
                        hops.add(part.trim());
                    }
                }
            }
        }
        return hops;
    }

    /** An IP literal, optionally with a port ("1.2.3.4:5678", "[2001:db8::1]:443"); no DNS lookups. */
    static InetAddress parse(String hop) {
        String host;
        try {
            host = HostAndPort.fromString(hop).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        return InetAddresses.isInetAddress(host) ? InetAddresses.forString(host) : null;
    }
}
