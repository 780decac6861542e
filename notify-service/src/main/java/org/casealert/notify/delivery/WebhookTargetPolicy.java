package org.casealert.notify.delivery;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.notify.config.NotifyConfig;

/**
 * Where webhooks may go. Outside the dev profile: https only, and the host must resolve only to
 * public addresses (not loopback, private, link-local, carrier-grade NAT, unique-local or the cloud
 * metadata address, the IETF protocol range 192.0.0.0/24, local-use NAT64), checked at subscription and again at each delivery,
 * which then connects to the
 * address checked, so a name cannot be re-pointed in between.
 */
@ApplicationScoped
public class WebhookTargetPolicy {

    private final boolean allowLoopback;

    WebhookTargetPolicy(NotifyConfig config) {
        this.allowLoopback = config.webhooks().allowLoopback();
    }

    /** A URL and the address to connect to for it. */
    public record Target(URI uri, InetAddress address) {
    }

    public static class RefusedTarget extends Exception {
        public RefusedTarget(String message) {
            super(message, null, false, false);
        }
    }

    public Target check(String url) throws RefusedTarget {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new RefusedTarget("not a URL");
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        if (!https && !(allowLoopback && "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new RefusedTarget("webhook URLs must use https");
        }
        if (uri.getHost() == null || uri.getUserInfo() != null) {
            throw new RefusedTarget("webhook URLs need a host and no user info");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new RefusedTarget("the host does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address) && !(allowLoopback && address.isLoopbackAddress())) {
                throw new RefusedTarget("the host resolves to a non-public address");
            }
        }
        return new Target(uri, addresses[0]);
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return !(first == 0 || first == 127 || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    || (first == 169 && second == 254) || (first == 198 && (second == 18 || second == 19))
                    || (first == 192 && second == 0 && bytes[2] == 0) // IETF protocol assignments 192.0.0.0/24
                    || first >= 224);
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            if (first == 0x20 && second == 0x01
                    && ((bytes[2] == 0 && bytes[3] == 0) || (bytes[2] == 0x0d && (bytes[3] & 0xff) == 0xb8))) {
                return false; // Teredo 2001::/32 hides an IPv4 address; documentation 2001:db8::/32 is no one's
            }
            if (first == 0x20 && second == 0x02) {
                return embeddedIpv4IsPublic(bytes, 2); // 6to4 2002::/16
            }
            if (first == 0x00 && second == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b) {
                if (bytes[4] == 0 && bytes[5] == 1) {
                    return false; // local-use NAT64 64:ff9b:1::/48 translates to whatever the operator's network chooses
                }
                return zeroBytes(bytes, 4, 12) && embeddedIpv4IsPublic(bytes, 12); // NAT64 64:ff9b::/96
            }
            if (zeroBytes(bytes, 0, 8) && (bytes[8] & 0xff) == 0xff && (bytes[9] & 0xff) == 0xff && bytes[10] == 0
                    && bytes[11] == 0) {
                return embeddedIpv4IsPublic(bytes, 12); // IPv4-translated ::ffff:0:a.b.c.d
            }
            boolean mapped = (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
            if (zeroBytes(bytes, 0, 10) && (mapped || (bytes[10] == 0 && bytes[11] == 0))) {
                return embeddedIpv4IsPublic(bytes, 12); // IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible ::a.b.c.d
            }
        }
        return true;
    }

    private static boolean zeroBytes(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean embeddedIpv4IsPublic(byte[] bytes, int from) {
        try {
            return isPublic(InetAddress.getByAddress(Arrays.copyOfRange(bytes, from, from + 4)));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
