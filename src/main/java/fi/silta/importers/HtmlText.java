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

    /** Plain text of a value that may hold HTML; plain text passes with its line breaks kept. */
    public static String toText(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!MARKUP.matcher(value).find()) {
            return Texts.clean(value);
        }
        TextWriter writer = new TextWriter();
        HtmlSanitizer.sanitize(value, POLICY.apply(writer));
        return Texts.clean(writer.text());
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
