package org.lurewatch.abuse.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;

import com.google.common.net.InetAddresses;
import org.junit.jupiter.api.Test;
import org.lurewatch.abuse.ClientKey;

class ClientAddressesTest {

    private static InetAddress ip(String s) {
        return InetAddresses.forString(s);
    }

    @Test
    void withoutTrustedProxiesTheSocketPeerIsTheClient() {
        ClientAddresses addresses = new ClientAddresses(List.of());
        assertThat(addresses.clientOf(ip("192.0.2.1"), List.of("198.51.100.7"))).isEqualTo(ip("192.0.2.1"));
    }

    @Test
    void anUntrustedPeersHeaderIsIgnored() {
        ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8"));
        assertThat(addresses.clientOf(ip("192.0.2.1"), List.of("10.0.0.1"))).isEqualTo(ip("192.0.2.1"));
    }

    @Test
    void behindTrustedProxiesTheRightmostUntrustedHopIsTheClient() {
        ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8", "2001:db8::/32"));
        assertThat(addresses.clientOf(ip("10.0.0.5"), List.of("6.6.6.6, 198.51.100.7, 10.9.9.9")))
                .isEqualTo(ip("198.51.100.7"));
        assertThat(addresses.clientOf(ip("10.0.0.5"), List.of("6.6.6.6", "198.51.100.7:4711")))
                .as("several header lines, a port").isEqualTo(ip("198.51.100.7"));
        assertThat(addresses.clientOf(ip("2001:db8::1"), List.of("[2001:db9::5]:443"))).isEqualTo(ip("2001:db9::5"));
        assertThat(addresses.clientOf(ip("10.0.0.5"), List.of("10.1.1.1"))).as("only proxies: the farthest").isEqualTo(ip("10.1.1.1"));
        assertThat(addresses.clientOf(ip("10.0.0.5"), List.of())).as("no header: the proxy").isEqualTo(ip("10.0.0.5"));
        assertThat(addresses.clientOf(ip("10.0.0.5"), List.of("unknown, 198.51.100.7, garbage")))
                .as("a garbled hop stops the walk").isEqualTo(ip("10.0.0.5"));
    }

    @Test
    void cidrsMatchByPrefix() {
        assertThat(Cidr.parse("192.168.0.0/16").contains(ip("192.168.254.1"))).isTrue();
        assertThat(Cidr.parse("192.168.0.0/16").contains(ip("192.169.0.1"))).isFalse();
        assertThat(Cidr.parse("10.0.0.0/9").contains(ip("10.127.0.1"))).isTrue();
        assertThat(Cidr.parse("10.0.0.0/9").contains(ip("10.128.0.1"))).isFalse();
        assertThat(Cidr.parse("127.0.0.42").contains(ip("127.0.0.42"))).isTrue();
        assertThat(Cidr.parse("127.0.0.42").contains(ip("127.0.0.43"))).isFalse();
        assertThat(Cidr.parse("::1").contains(ip("127.0.0.1"))).isFalse();
        assertThatThrownBy(() -> Cidr.parse("proxy.example.org")).hasMessageContaining("trusted-proxies");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).hasMessageContaining("prefix");
    }

    @Test
    void clientKeysAreSaltedPerProcessAndKeyIpv6ByItsSlash64() {
        AddressHashing keys = new AddressHashing();
        ClientKey a = keys.keyOf(ip("2001:db8:1:2:aaaa::1"));
        assertThat(keys.keyOf(ip("2001:db8:1:2:ffff::9"))).isEqualTo(a);
        assertThat(keys.keyOf(ip("2001:db8:1:3::1"))).isNotEqualTo(a);
        assertThat(keys.keyOf(ip("192.0.2.1"))).isNotEqualTo(keys.keyOf(ip("192.0.2.2")));
        assertThat(new AddressHashing().keyOf(ip("192.0.2.1"))).as("another process, another salt")
                .isNotEqualTo(keys.keyOf(ip("192.0.2.1")));
        assertThat(keys.keyOf(ip("192.0.2.1")).value()).doesNotContain("192").hasSize(11);
        assertThat(keys.keyOf(ip("192.0.2.1")).toString()).doesNotContain(keys.keyOf(ip("192.0.2.1")).value());
    }
}
