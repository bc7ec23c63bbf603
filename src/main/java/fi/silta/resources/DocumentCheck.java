package fi.silta.resources;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;

/**
 * What a document must be before it is stored: a PDF by its declared type and by its own first bytes, not empty, and
 * no larger than the limit. A refusal names the field {@value #FIELD}; nothing of a refused document is kept.
 */
final class DocumentCheck {

    static final String FIELD = "document";
    static final String PDF = "application/pdf";
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int NAME_LENGTH = 120;

    private DocumentCheck() {
    }

    /** Refuses a document that is too large (413), empty, or not a PDF (400). */
    static void require(DocumentUpload upload, long limit) {
        if (upload.tooLarge()) {
            throw new ProblemException(413, "document-too-large", "Document too large",
                    "The document is larger than " + limit / (1024 * 1024) + " MB",
                    List.of(new FieldError(FIELD, "too-large", "must be at most " + limit + " bytes")));
        }
        if (upload.empty()) {
            throw refused("empty", "The document is empty");
        }
        if (!PDF.equals(baseType(upload.declaredType())) || !startsWithMagic(upload.content())) {
            throw refused("not-pdf", "The document must be a PDF file (application/pdf starting with %PDF-)");
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /**
     * A file name safe to store and to send back: the last segment of whatever the browser sent, letters, digits and
     * {@code . _ -} only (others become {@code _}), at most 120 characters, ending in {@code .pdf}.
     */
    static String fileName(String sent) {
        String name = sent == null ? "" : sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N}._-]+", "_")
                .replaceAll("^[._]+", "");
        if (name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            name = name.substring(0, name.length() - 4);
        }
        if (name.isBlank()) {
            name = "document";
        }
        if (name.length() > NAME_LENGTH - 4) {
            name = name.substring(0, NAME_LENGTH - 4);
        }
        return name + ".pdf";
    }

    private static String baseType(String declared) {
        if (declared == null) {
            return "";
        }
        int semicolon = declared.indexOf(';');
        return (semicolon < 0 ? declared : declared.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWithMagic(byte[] content) {
        if (content.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (content[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static ProblemException refused(String code, String message) {
        return new ProblemException(400, "invalid-document", "Invalid document", message,
                List.of(new FieldError(FIELD, code, message)));
    }
}
