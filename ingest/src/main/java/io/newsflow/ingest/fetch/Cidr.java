package io.newsflow.ingest.fetch;

import io.newsflow.model.Checks;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * A block of IPv4 or IPv6 addresses written as {@code address/prefix-length} ({@code 10.0.0.0/8},
 * {@code fc00::/7}); a bare address is a block of one. Hand-written: the JDK has no CIDR type, and the few lines
 * do not justify a dependency.
 *
 * @param network the block's first address bytes (4 or 16)
 * @param prefix  the number of leading bits that must match
 */
public record Cidr(byte[] network, int prefix) {
    public Cidr {
        Checks.notNull(network, "network");
        if (network.length != 4 && network.length != 16 || prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("not a CIDR block: " + network.length + " bytes /" + prefix);
        }
        network = network.clone();
    }

    /** Parses {@code 127.0.0.1/32}, {@code ::1/128} or a bare literal address; host names are refused. */
    public static Cidr parse(String text) {
        Checks.notBlank(text, "text");
        String t = text.trim();
        int slash = t.indexOf('/');
        String address = slash < 0 ? t : t.substring(0, slash);
        byte[] bytes = literal(address, text);
        int prefix = slash < 0 ? bytes.length * 8 : prefixOf(t.substring(slash + 1), text);
        if (prefix > bytes.length * 8) {
            throw new IllegalArgumentException("'" + text + "': prefix length " + prefix + " is too long");
        }
        return new Cidr(bytes, prefix);
    }

    public boolean contains(InetAddress address) {
        byte[] a = Checks.notNull(address, "address").getAddress();
        if (a.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (a[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return rest == 0 || (a[full] & mask) == (network[full] & mask);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr c && c.prefix == prefix && Arrays.equals(c.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes always make an address", e);
        }
    }

    private static byte[] literal(String address, String text) {
        boolean literal = address.matches("[0-9.]+") && address.chars().filter(c -> c == '.').count() == 3
                || address.contains(":");
        if (!literal) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address block (write e.g. 127.0.0.1/32)");
        }
        try {
            return InetAddress.getByName(address).getAddress(); // a literal: no lookup is made
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address block: " + e.getMessage(), e);
        }
    }

    private static int prefixOf(String digits, String text) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': the prefix length is not a number", e);
        }
    }
}
