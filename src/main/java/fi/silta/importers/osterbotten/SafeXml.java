package fi.silta.importers.osterbotten;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import fi.silta.importers.FeedException;
import fi.silta.importers.Texts;

/** XML from a feed, parsed without the dangers XML brings (entities, external documents) and forgivingly. */
final class SafeXml {

    private static final Pattern DECLARED_ENCODING = Pattern.compile("<\\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SafeXml() {
    }

    /**
     * A parser that refuses document types, so no entity can read files or expand without end. Control
     * characters XML does not allow (a NUL from a broken export) are dropped first rather than failing the feed.
     */
    static Document parse(byte[] body) throws FeedException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(source(withoutControlBytes(body)));
        } catch (SAXParseException e) {
            throw new FeedException("Not readable XML (line " + e.getLineNumber() + "): "
                    + Texts.storable(e.getMessage(), 200));
        } catch (SAXException | IOException e) {
            throw new FeedException("Not readable XML");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The document as the parser should read it: by its own encoding, unless it claims UTF-8 (or nothing) but is
     * not, as an export from an old system may be; then as Windows-1252, so its ä and ö survive.
     */
    private static InputSource source(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return new InputSource(new ByteArrayInputStream(body));
        } catch (CharacterCodingException e) {
            String start = new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1);
            Matcher declared = DECLARED_ENCODING.matcher(start);
            if (declared.find() && !declared.group(1).equalsIgnoreCase("utf-8")) {
                return new InputSource(new ByteArrayInputStream(body));
            }
            return new InputSource(new StringReader(new String(body, WINDOWS_1252)));
        }
    }

    /**
     * The body without the C0 control bytes XML forbids. In UTF-8 and the single-byte encodings these bytes are
     * never part of another character; a UTF-16 document (which starts with its byte-order mark) is left alone.
     */
    static byte[] withoutControlBytes(byte[] body) {
        if (body.length >= 2 && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
                || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        for (byte b : body) {
            if (b >= 0x20 || b == '\t' || b == '\n' || b == '\r' || b < 0) {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

}
