package fi.silta.importers;

import java.util.List;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

/**
 * Descriptions from feeds to plain text. Feeds send HTML (Linked Events, HSDS) or put it into plain-text
 * fields (many iCalendar producers). The OWASP sanitizer's allow-list decides what survives: formatting and
 * links only, never scripts, styles, frames or event handlers, whose content is dropped whole. What survives
 * is written out as plain text with its paragraphs, list items and link targets, so Silta stores no markup at
 * all and nothing from a feed is ever rendered as HTML.
 */
public final class HtmlText {

    /** A tag or a character reference: the text is HTML. */
    private static final Pattern MARKUP = Pattern
            .compile("<\\s*/?\\s*[a-zA-Z][^>]*>|&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});");
    /** A tag, a comment or a processing instruction: what must not be left in text Silta stores. */
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?][^<>]*>");
    private static final int MAX_PASSES = 3;
    private static final Pattern HTML_SPACE = Pattern.compile("[ \\t\\n\\r\\f]+");
    private static final List<String> BLOCKS = List.of("p", "div", "ul", "ol", "blockquote", "h1", "h2", "h3",
            "h4", "h5", "h6", "table", "tr");
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "div", "br", "ul", "ol", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
                    "strong", "b", "em", "i", "u", "span", "table", "tr", "td", "th", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .toFactory();

    private HtmlText() {
    }

    /**
     * Plain text of a value that may hold HTML; plain text passes with its line breaks kept. Markup written as
     * character references ({@code &lt;script&gt;}) becomes markup when decoded, so the text is read again until
     * no tag is left in it; a tag that still survives is removed. Silta hands its texts on through its API and
     * calendar export, where no consumer should meet markup a feed smuggled in.
     */
    public static String toText(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!MARKUP.matcher(value).find()) {
            return Texts.clean(value);
        }
        String text = sanitize(value);
        for (int pass = 1; pass < MAX_PASSES && TAG.matcher(text).find(); pass++) {
            text = sanitizeLines(text);
        }
        return Texts.clean(TAG.matcher(text).replaceAll(""));
    }

    /** One line of plain text from a value that may hold HTML: names, addresses, prices, contacts. */
    public static String line(String value) {
        return Texts.line(toText(value));
    }

    private static String sanitize(String html) {
        TextWriter writer = new TextWriter();
        HtmlSanitizer.sanitize(html, POLICY.apply(writer));
        return writer.text();
    }

    /** A second reading keeps the line breaks the first one made; markup decoded from text sits on one line. */
    private static String sanitizeLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            out.append(MARKUP.matcher(line).find() ? sanitize(line).strip() : line).append('\n');
        }
        return out.toString();
    }

    /** Writes the allowed HTML events as text: blocks become paragraphs, list items lines, links keep targets. */
    private static final class TextWriter implements HtmlStreamEventReceiver {

        private final StringBuilder out = new StringBuilder();
        private String href;
        private int linkTextStart;

        String text() {
            return out.toString();
        }

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String name, List<String> attributes) {
            if (BLOCKS.contains(name)) {
                paragraph();
            } else if (name.equals("br")) {
                out.append('\n');
            } else if (name.equals("li")) {
                out.append("\n• ");
            } else if (name.equals("td") || name.equals("th")) {
                out.append(' ');
            } else if (name.equals("a")) {
                href = attributes.size() >= 2 && attributes.get(0).equals("href") ? attributes.get(1) : null;
                linkTextStart = out.length();
            }
        }

        @Override
        public void closeTag(String name) {
            if (BLOCKS.contains(name)) {
                paragraph();
            } else if (name.equals("a") && href != null) {
                String linkText = out.substring(linkTextStart).strip();
                String target = href.startsWith("mailto:") ? href.substring(7) : href;
                if (!linkText.equals(target) && !linkText.contains(target)) {
                    // Link text that ends in a space ("<a ...>lasitehtaan </a>historiaan") keeps it after the target.
                    int end = out.length();
                    while (end > linkTextStart && Character.isWhitespace(out.charAt(end - 1))) {
                        end--;
                    }
                    String trailing = out.substring(end);
                    out.setLength(end);
                    out.append(" (").append(target).append(')').append(trailing);
                }
                href = null;
            }
        }

        @Override
        public void text(String text) {
            out.append(HTML_SPACE.matcher(text).replaceAll(" "));
        }

        private void paragraph() {
            out.append("\n\n");
        }
    }
}
