package io.newsflow.ingest.fetch;

import io.newsflow.model.Checks;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which IP addresses may be fetched: public ones always; internal ones (loopback, private, link-local, CGNAT,
 * multicast, unspecified, reserved, cloud metadata) only when an allowed block contains them. IPv4 addresses
 * embedded in IPv6 (mapped, compatible, NAT64, 6to4) are judged as the IPv4 address they carry.
 */
public final class AddressPolicy {
    private static final List<Named> INTERNAL = List.of(
            named("0.0.0.0/8", "unspecified"), named("10.0.0.0/8", "private"), named("100.64.0.0/10", "CGNAT"),
            named("127.0.0.0/8", "loopback"), named("169.254.0.0/16", "link-local (cloud metadata)"),
            named("172.16.0.0/12", "private"), named("192.0.0.0/24", "IETF protocol assignments"),
            named("192.0.2.0/24", "documentation"), named("192.168.0.0/16", "private"),
            named("198.18.0.0/15", "benchmarking"), named("198.51.100.0/24", "documentation"),
            named("203.0.113.0/24", "documentation"), named("224.0.0.0/4", "multicast"),
            named("240.0.0.0/4", "reserved"), named("::/128", "unspecified"), named("::1/128", "loopback"),
            named("fc00::/7", "unique local (private)"), named("fe80::/10", "link-local"),
            named("fec0::/10", "site-local"), named("ff00::/8", "multicast"), named("2001:db8::/32", "documentation"),
            named("100::/64", "discard"));

    private final List<Cidr> allowed;

    public AddressPolicy(List<Cidr> allowed) {
        this.allowed = List.copyOf(Checks.notNull(allowed, "allowed"));
    }

    /** A policy allowing the blocks written as {@code 127.0.0.1/32}. */
    public static AddressPolicy allowing(List<String> blocks) {
        return new AddressPolicy(Checks.notNull(blocks, "blocks").stream().map(Cidr::parse).toList());
    }

    /** Why {@code address} may not be fetched, or empty when it may. */
    public Optional<String> refusal(InetAddress address) {
        Checks.notNull(address, "address");
        if (allowed.stream().anyMatch(c -> c.contains(address))) {
            return Optional.empty();
        }
        InetAddress judged = embeddedIpv4(address).orElse(address);
        if (judged != address && allowed.stream().anyMatch(c -> c.contains(judged))) {
            return Optional.empty();
        }
        return INTERNAL.stream().filter(n -> n.block.contains(judged)).findFirst()
                .map(n -> n.name + " address " + address.getHostAddress() + " is not allowed (allow it with"
                        + " web.allow-networks)");
    }

    /** The IPv4 address carried in an IPv4-mapped, -compatible, NAT64 (64:ff9b::/96) or 6to4 IPv6 address. */
    static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] b = address.getAddress();
        boolean zeros80 = allZero(b, 0, 10);
        boolean mapped = zeros80 && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
        boolean compatible = zeros80 && b[10] == 0 && b[11] == 0 && !allZero(b, 12, 16) && !isLoopbackV6(b);
        boolean nat64 = (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF
                && (b[3] & 0xFF) == 0x9B && allZero(b, 4, 12);
        if (mapped || compatible || nat64) {
            return Optional.of(v4(Arrays.copyOfRange(b, 12, 16)));
        }
        if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) { // 2002::/16, 6to4
            return Optional.of(v4(Arrays.copyOfRange(b, 2, 6)));
        }
        return Optional.empty();
    }

    private static boolean isLoopbackV6(byte[] b) {
        return allZero(b, 0, 15) && b[15] == 1;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress v4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes always make an address", e);
        }
    }

    private static Named named(String block, String name) {
        return new Named(Cidr.parse(block), name);
    }

    private record Named(Cidr block, String name) {
    }
}
