package fi.silta.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A document as it was sent: the file name and type the sender declared, and its bytes, read up to one byte past the
 * limit so that an oversize document is known without holding more of it.
 *
 * @param tooLarge whether the document was longer than the limit it was read with (then {@code content} is cut)
 */
public record DocumentUpload(String fileName, String declaredType, byte[] content, boolean tooLarge) {

    /** Reads at most {@code limit} bytes; more marks the upload too large. */
    public static DocumentUpload read(String fileName, String declaredType, InputStream in, long limit) {
        try (in) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            boolean tooLarge = content.length > limit;
            return new DocumentUpload(fileName, declaredType, tooLarge ? new byte[0] : content, tooLarge);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded document", e);
        }
    }

    /** An upload known to be too large from its declared length, without reading it. */
    public static DocumentUpload oversize(String fileName, String declaredType) {
        return new DocumentUpload(fileName, declaredType, new byte[0], true);
    }

    public boolean empty() {
        return !tooLarge && content.length == 0;
    }
}
