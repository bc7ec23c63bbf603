package fi.silta.resources.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A document to download: its safe file name, its bytes and their SHA-256. */
public record DocumentFile(String fileName, byte[] content, String sha256) {

    /**
     * The answer's {@code Content-Disposition}: always an attachment (never shown inline), the name in ASCII for old
     * clients and in UTF-8 ({@code filename*}, RFC 6266) for the rest.
     */
    public String contentDisposition() {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
