package fi.silta.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Source URLs cannot reach internal services or the server's own files. */
class AddressGuardTest {

    private final AddressGuard strict = new AddressGuard(Optional.empty(), false, Optional.empty());

    @ParameterizedTest
    @ValueSource(strings = { "http://127.0.0.1/feed.ics", "http://localhost:8080/q/metrics", "http://10.1.2.3/",
            "http://172.16.0.10/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
            "http://100.64.0.1/", "http://0.0.0.0/", "http://224.0.0.1/", "http://[::1]/", "http://[fd12::1]/",
            "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/", "https://127.1/" })
    void internalAddressesAreRefused(String url) {
        assertThatThrownBy(() -> strict.checkHttp(URI.create(url)))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("Refused");
    }

    /** IPv6 forms that carry an IPv4 address reach that address; an internal one is refused as such. */
    @ParameterizedTest
    @ValueSource(strings = { "http://[::169.254.169.254]/latest/meta-data/", "http://[::7f00:1]/",
            "http://[64:ff9b::a9fe:a9fe]/", "http://[64:ff9b::a00:1]/", "http://[64:ff9b:1::a9fe:a9fe]/",
            "http://[2002:a9fe:a9fe::1]/", "http://[2002:7f00:1::1]/",
            "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/" })
    void ipv6FormsEmbeddingAnInternalIpv4AddressAreRefused(String url) {
        assertThatThrownBy(() -> strict.checkHttp(URI.create(url)))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("Refused");
    }

    @Test
    void aNat64FormOfAPublicAddressPasses() {
        assertThatCode(() -> strict.checkHttp(URI.create("https://[64:ff9b::5db8:d70e]/events.ics")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://93.184.215.14:8080/events.ics", "https://93.184.215.14:22/",
            "http://93.184.215.14:6379/", "https://93.184.215.14:8443/feed" })
    void otherPortsThanTheWebsAreRefused(String url) {
        assertThatThrownBy(() -> strict.checkHttp(URI.create(url)))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("port");
    }

    @Test
    void theWebPortsPassAndAnAllowListedHostMayUseAnyPort() {
        assertThatCode(() -> strict.checkHttp(URI.create("http://93.184.215.14:80/a"))).doesNotThrowAnyException();
        assertThatCode(() -> strict.checkHttp(URI.create("https://93.184.215.14:443/a"))).doesNotThrowAnyException();
        AddressGuard intranet = new AddressGuard(Optional.of(List.of("10.0.0.5")), false, Optional.empty());
        assertThatCode(() -> intranet.checkHttp(URI.create("http://10.0.0.5:8080/feed.ics")))
                .doesNotThrowAnyException();
    }

    @Test
    void aPublicAddressPasses() {
        assertThatCode(() -> strict.checkHttp(URI.create("https://93.184.215.14/events.ics"))).doesNotThrowAnyException();
    }

    @Test
    void loopbackPassesOnlyWhereAllowed() {
        AddressGuard local = new AddressGuard(Optional.empty(), true, Optional.empty());
        assertThatCode(() -> local.checkHttp(URI.create("http://127.0.0.1:9999/feed.ics"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> local.checkHttp(URI.create("http://10.0.0.1/feed.ics")))
                .isInstanceOf(FeedException.class);
    }

    @Test
    void anAllowListedHostPassesWhateverItResolvesTo() {
        AddressGuard intranet = new AddressGuard(Optional.of(List.of("10.0.0.5", "feeds.intra")), false,
                Optional.empty());
        assertThatCode(() -> intranet.checkHttp(URI.create("http://10.0.0.5/feed.ics"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> intranet.checkHttp(URI.create("http://10.0.0.6/feed.ics")))
                .isInstanceOf(FeedException.class);
    }

    @Test
    void otherSchemesAreRefused() {
        assertThat(strict.refusalOfSourceUrl("ftp://example.org/feed.ics")).isNotNull();
        assertThat(strict.refusalOfSourceUrl("javascript:alert(1)")).isNotNull();
        assertThat(strict.refusalOfSourceUrl("file:///etc/passwd")).contains("file URLs are not allowed");
        assertThat(strict.refusalOfSourceUrl("https://example.org/feed.ics")).isNull();
        assertThatThrownBy(() -> strict.checkHttp(URI.create("gopher://example.org/")))
                .isInstanceOf(FeedException.class);
    }

    @Test
    void fileUrlsReadOnlyBelowAllowedFolders(@TempDir Path folder) throws IOException {
        Path allowed = Files.createDirectories(folder.resolve("feeds"));
        Path feed = Files.writeString(allowed.resolve("parish.ics"), "BEGIN:VCALENDAR");
        Path secret = Files.writeString(folder.resolve("secret.txt"), "password");
        AddressGuard guard = new AddressGuard(Optional.empty(), false, Optional.of(List.of(allowed.toString())));
        assertThatCode(() -> guard.checkFile(feed.toUri())).doesNotThrowAnyException();
        assertThatThrownBy(() -> guard.checkFile(secret.toUri())).isInstanceOf(FeedException.class)
                .hasMessageContaining("outside the folders");
        assertThatThrownBy(() -> guard.checkFile(URI.create(allowed.toUri() + "../secret.txt")))
                .isInstanceOf(FeedException.class);
        assertThatThrownBy(() -> strict.checkFile(feed.toUri())).isInstanceOf(FeedException.class)
                .hasMessageContaining("not allowed");
    }
}
