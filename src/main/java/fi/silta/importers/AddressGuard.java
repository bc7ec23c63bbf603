package fi.silta.importers;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Decides whether a feed address may be fetched, and where to connect. Source URLs are typed by
 * administrators and followed through redirects chosen by remote servers, so without this check a source could
 * make Silta read its cloud's metadata service, an internal admin page or the server's own files (server-side
 * request forgery). The host is resolved once, here, and the fetcher connects to the address that was checked,
 * so a name that answers differently the second time (DNS rebinding) cannot steer the connection elsewhere.
 * Loopback, private, link-local, unspecified, multicast and reserved addresses are refused, also inside the
 * IPv6 forms that carry an IPv4 address, and only the web's ports (80, 443) are fetched, unless the host or port
 * is allow-listed; {@code file:} URLs only read below allow-listed folders.
 */
@ApplicationScoped
public class AddressGuard {

    /** Resolves a host name; the system resolver in production, a fixed answer in tests. */
    @FunctionalInterface
    interface HostResolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A checked address: the name to ask for (Host header, TLS server name) and the address to connect to. */
    public record Target(URI uri, String host, int port, boolean https, InetAddress address) {
    }

    private static final Set<Integer> WEB_PORTS = Set.of(80, 443);

    private final List<String> allowedHosts;
    private final Set<Integer> allowedPorts;
    private final boolean allowLoopback;
    private final List<Path> fileRoots;
    private final HostResolver resolver;

    @Inject
    AddressGuard(ImportersConfig config) {
        this(config.allowedHosts(), config.allowedPorts(), config.allowLoopback(), config.allowedFileRoots(),
                InetAddress::getAllByName);
    }

    AddressGuard(Optional<List<String>> allowedHosts, boolean allowLoopback, Optional<List<String>> fileRoots) {
        this(allowedHosts, Optional.empty(), allowLoopback, fileRoots, InetAddress::getAllByName);
    }

    AddressGuard(Optional<List<String>> allowedHosts, Optional<List<Integer>> allowedPorts, boolean allowLoopback,
            Optional<List<String>> fileRoots, HostResolver resolver) {
        this.allowedHosts = allowedHosts.orElse(List.of()).stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).toList();
        this.allowedPorts = Set.copyOf(allowedPorts.orElse(List.of()));
        this.allowLoopback = allowLoopback;
        this.fileRoots = fileRoots.orElse(List.of()).stream().filter(r -> !r.isBlank())
                .map(r -> Path.of(r.strip()).toAbsolutePath().normalize()).toList();
        this.resolver = resolver;
    }

    /**
     * What a source URL may be, checked when a source is saved (no network access involved): http, https or
     * (where allowed) file, with a host, and without a user name or password, which Silta would not send.
     *
     * @return a reason the address is refused, or null
     */
    public String refusalOfSourceUrl(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (Exception e) {
            return "is not a valid URL";
        }
        if (uri.getRawUserInfo() != null) {
            return "holds a user name or password; Silta sends no credentials, and would show them to every "
                    + "administrator. Ask the publisher for an address that needs none";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "http", "https" -> uri.getHost() == null ? "has no host" : null;
            case "file" -> fileRoots.isEmpty() ? "is a file URL, and file URLs are not allowed here" : null;
            default -> "must start with http, https or file";
        };
    }

    /**
     * Resolves the host once and checks the port and every address it resolves to.
     *
     * @return the address to connect to: the fetcher connects there and nowhere else
     */
    public Target checkHttp(URI uri) throws FeedException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FeedException("Refused " + describe(uri) + ": only http and https are fetched");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new FeedException("Refused " + describe(uri) + ": no host");
        }
        boolean https = scheme.equals("https");
        int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
        String bareHost = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean allowListed = allowedHosts.contains(bareHost.toLowerCase(Locale.ROOT));
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bareHost);
        } catch (UnknownHostException e) {
            throw new FeedException("Cannot resolve the host " + host);
        }
        if (addresses == null || addresses.length == 0) {
            throw new FeedException("Cannot resolve the host " + host);
        }
        if (!allowListed) {
            for (InetAddress address : addresses) {
                String refusal = refusal(address);
                if (refusal != null) {
                    throw new FeedException("Refused " + describe(uri) + ": the host resolves to " + refusal
                            + "; allow-list it in silta.importers.allowed-hosts if that is intended");
                }
            }
            boolean local = allowLoopback && List.of(addresses).stream().allMatch(InetAddress::isLoopbackAddress);
            if (!WEB_PORTS.contains(port) && !allowedPorts.contains(port) && !local) {
                throw new FeedException("Refused " + describe(uri) + ": port " + port + " is not a web port; only 80 "
                        + "and 443 are fetched unless the port is listed in silta.importers.allowed-ports");
            }
        }
        return new Target(uri, bareHost, port, https, addresses[0]);
    }

    /** The file a {@code file:} URL names, if it lies below an allowed folder. */
    public Path checkFile(URI uri) throws FeedException {
        if (fileRoots.isEmpty()) {
            throw new FeedException("Refused " + describe(uri) + ": file URLs are not allowed here");
        }
        Path path;
        try {
            path = Path.of(uri).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            throw new FeedException("Refused " + describe(uri) + ": not a usable file URL");
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            throw new FeedException("No file at " + describe(uri));
        }
        for (Path root : fileRoots) {
            try {
                if (real.startsWith(root.toRealPath())) {
                    return real;
                }
            } catch (IOException e) {
                // A configured folder that does not exist allows nothing.
            }
        }
        throw new FeedException(
                "Refused " + describe(uri) + ": outside the folders allowed in silta.importers.allowed-file-roots");
    }

    /** @return what is wrong with fetching from this address, or null when it is a public address */
    String refusal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return allowLoopback ? null : "a loopback address";
        }
        if (address.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return refusalOfIpv4(bytes);
        }
        if (address instanceof Inet6Address) {
            return refusalOfIpv6(bytes);
        }
        return null;
    }

    private static String refusalOfIpv4(byte[] bytes) {
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        int third = bytes[2] & 0xff;
        if (first == 0) {
            return "an unspecified address";
        }
        if (first == 100 && second >= 64 && second <= 127) {
            return "a private address (carrier-grade NAT)";
        }
        if (first == 198 && (second == 18 || second == 19)) {
            return "a private address (benchmarking)";
        }
        if (first == 192 && second == 0 && (third == 0 || third == 2)) {
            return "a reserved address";
        }
        if ((first == 198 && second == 51 && third == 100) || (first == 203 && second == 0 && third == 113)
                || (first == 192 && second == 88 && third == 99)) {
            return "a reserved address";
        }
        if (first >= 240) {
            return "a reserved address";
        }
        return null;
    }

    /**
     * The IPv6 forms that carry an IPv4 address reach that address, so the IPv4 address inside is checked:
     * IPv4-mapped {@code ::ffff:a.b.c.d}, IPv4-compatible {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::/96} and 6to4
     * {@code 2002::/16}. Local-use NAT64 ({@code 64:ff9b:1::/48}) is private, and Teredo ({@code 2001::/32})
     * hides its IPv4 address, so both are refused, as are the other special-purpose blocks.
     */
    private String refusalOfIpv6(byte[] bytes) {
        if ((bytes[0] & 0xfe) == 0xfc) {
            return "a private address (unique local)";
        }
        if (allZero(bytes, 0, 10) && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
            return embedded(bytes, 12);
        }
        if (allZero(bytes, 0, 12)) {
            // IPv4-compatible (deprecated); :: and ::1 are caught above as unspecified and loopback.
            return embedded(bytes, 12);
        }
        int first = ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff);
        int second = ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
        int third = ((bytes[4] & 0xff) << 8) | (bytes[5] & 0xff);
        if (first == 0x64 && second == 0xff9b && allZero(bytes, 4, 12)) {
            return embedded(bytes, 12);
        }
        if (first == 0x64 && second == 0xff9b && third == 1) {
            return "a private address (local-use NAT64)";
        }
        if (first == 0x2002) {
            return embedded(bytes, 2);
        }
        if (first == 0x2001 && second == 0) {
            return "a tunnelled address (Teredo)";
        }
        if (first == 0x2001 && second == 0xdb8) {
            return "a reserved address (documentation)";
        }
        if (first == 0x0100 && allZero(bytes, 2, 8)) {
            return "a reserved address (discard-only)";
        }
        return null;
    }

    private String embedded(byte[] bytes, int offset) {
        try {
            byte[] v4 = { bytes[offset], bytes[offset + 1], bytes[offset + 2], bytes[offset + 3] };
            String refusal = refusal(InetAddress.getByAddress(v4));
            return refusal == null ? null : refusal + " (inside an IPv6 address)";
        } catch (UnknownHostException e) {
            return "an unusable address";
        }
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Scheme, host and port only (a {@code file:} address as its path): query strings and user names may carry
     * secrets, which stay out of messages.
     */
    public static String describe(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null) {
            String path = uri.getPath() != null ? uri.getPath() : uri.getSchemeSpecificPart();
            return scheme + ":" + (path == null ? "" : Texts.truncate(Texts.line(path), 200));
        }
        StringBuilder text = new StringBuilder();
        text.append(scheme).append("://").append(uri.getHost());
        if (uri.getPort() != -1) {
            text.append(':').append(uri.getPort());
        }
        return text.toString();
    }
}
