package fi.silta.importers;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Decides whether a feed address may be fetched. Source URLs are typed by administrators and followed
 * through redirects chosen by remote servers, so without this check a source could make Silta read its
 * cloud's metadata service, an internal admin page or the server's own files (server-side request forgery).
 * Loopback, private, link-local, unspecified and multicast addresses are refused unless the host is
 * allow-listed; {@code file:} URLs only read below allow-listed folders.
 */
@ApplicationScoped
public class AddressGuard {

    private final List<String> allowedHosts;
    private final boolean allowLoopback;
    private final List<Path> fileRoots;

    @Inject
    AddressGuard(ImportersConfig config) {
        this(config.allowedHosts(), config.allowLoopback(), config.allowedFileRoots());
    }

    AddressGuard(Optional<List<String>> allowedHosts, boolean allowLoopback, Optional<List<String>> fileRoots) {
        this.allowedHosts = allowedHosts.orElse(List.of()).stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).toList();
        this.allowLoopback = allowLoopback;
        this.fileRoots = fileRoots.orElse(List.of()).stream().filter(r -> !r.isBlank())
                .map(r -> Path.of(r.strip()).toAbsolutePath().normalize()).toList();
    }

    /**
     * The schemes a source URL may use, checked when a source is saved (no network access involved).
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
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "http", "https" -> uri.getHost() == null ? "has no host" : null;
            case "file" -> fileRoots.isEmpty() ? "is a file URL, and file URLs are not allowed here" : null;
            default -> "must start with http, https or file";
        };
    }

    /** Resolves the host and checks every address it resolves to. */
    public void checkHttp(URI uri) throws FeedException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FeedException("Refused " + describe(uri) + ": only http and https are fetched");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new FeedException("Refused " + describe(uri) + ": no host");
        }
        String bareHost = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (allowedHosts.contains(bareHost.toLowerCase(Locale.ROOT))) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bareHost);
        } catch (UnknownHostException e) {
            throw new FeedException("Cannot resolve the host " + host);
        }
        for (InetAddress address : addresses) {
            String refusal = refusal(address);
            if (refusal != null) {
                throw new FeedException("Refused " + describe(uri) + ": the host resolves to " + refusal
                        + "; allow-list it in silta.importers.allowed-hosts if that is intended");
            }
        }
    }

    /** The file a {@code file:} URL names, if it lies below an allowed folder. */
    public Path checkFile(URI uri) throws FeedException {
        if (fileRoots.isEmpty()) {
            throw new FeedException("Refused " + uri + ": file URLs are not allowed here");
        }
        Path path;
        try {
            path = Path.of(uri).toAbsolutePath().normalize();
        } catch (IllegalArgumentException e) {
            throw new FeedException("Refused " + uri + ": not a usable file URL");
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            throw new FeedException("No file at " + uri);
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
                "Refused " + uri + ": outside the folders allowed in silta.importers.allowed-file-roots");
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
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            if (first == 0) {
                return "an unspecified address";
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return "a private address (carrier-grade NAT)";
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return "a private address (benchmarking)";
            }
            if (first >= 240) {
                return "a reserved address";
            }
        }
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return "a private address (unique local)";
            }
            if (isMappedIpv4(bytes)) {
                try {
                    byte[] v4 = { bytes[12], bytes[13], bytes[14], bytes[15] };
                    return refusal(InetAddress.getByAddress(v4));
                } catch (UnknownHostException e) {
                    return "an unusable address";
                }
            }
        }
        return null;
    }

    private static boolean isMappedIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }

    /** Scheme, host and port only: query strings may carry API keys, which stay out of messages. */
    static String describe(URI uri) {
        StringBuilder text = new StringBuilder();
        text.append(uri.getScheme()).append("://").append(uri.getHost());
        if (uri.getPort() != -1) {
            text.append(':').append(uri.getPort());
        }
        return text.toString();
    }
}
