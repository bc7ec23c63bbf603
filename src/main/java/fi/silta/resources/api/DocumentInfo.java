package fi.silta.resources.api;

/**
 * A resource's PDF document as listings show it: never its bytes.
 *
 * @param href where it downloads
 * @param sha256 the digest of its bytes, hex, to check a download against
 */
public record DocumentInfo(String name, int size, String sha256, String href) {
}
