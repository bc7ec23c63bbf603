package fi.silta.importers;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One fetched document: its bytes, the address it finally came from and its declared content type. */
public record FetchedFeed(URI uri, byte[] body, String contentType) {

    private static final Pattern CHARSET = Pattern.compile("charset=\"?([A-Za-z0-9._:-]+)\"?",
            Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The body as text in the declared charset, else UTF-8; a byte-order mark is dropped. */
    public String text() {
        Charset charset = declaredCharset().orElse(StandardCharsets.UTF_8);
        return stripBom(new String(body, charset));
    }

    /**
     * The body as text, for spreadsheets: UTF-8 when it is valid UTF-8, else Windows-1252, which is what
     * Excel on Windows writes when told to save "CSV".
     */
    public String textGuessingLegacyEncoding() {
        Optional<Charset> declared = declaredCharset();
        if (declared.isPresent()) {
            return text();
        }
        try {
            return stripBom(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString());
        } catch (CharacterCodingException e) {
            return new String(body, WINDOWS_1252);
        }
    }

    private Optional<Charset> declaredCharset() {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher matcher = CHARSET.matcher(contentType);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(matcher.group(1).toLowerCase(Locale.ROOT)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
