package fi.silta.importers.ics;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import fi.silta.importers.FeedException;

import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandler;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;

/**
 * Reads a calendar's content lines with ical4j's parser (unfolding, quoting and line-level checks) into raw
 * components. A feed that is not iCalendar at all, or is broken at the line level, fails as a whole with the
 * parser's reason; everything above the line level is left to the importer, event by event.
 */
final class IcsReader {

    /** The calendar: its own properties and its components. */
    record Calendar(IcsComponent root) {

        List<IcsComponent> components(String name) {
            return root.children().stream().filter(c -> c.name().equals(name)).toList();
        }
    }

    private IcsReader() {
    }

    static Calendar read(String text) throws FeedException {
        String start = (text.startsWith("\uFEFF") ? text.substring(1) : text).stripLeading();
        if (!start.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
            throw new FeedException("Not an iCalendar feed: it does not begin with BEGIN:VCALENDAR");
        }
        Handler handler = new Handler();
        try {
            new CalendarParserImpl().parse(new UnfoldingReader(new StringReader(start), true), handler);
        } catch (ParserException e) {
            throw new FeedException("Not a valid iCalendar feed: " + shorten(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            throw new FeedException("Not a valid iCalendar feed: unreadable content lines");
        }
        if (handler.root == null) {
            throw new FeedException("Not a valid iCalendar feed: no VCALENDAR");
        }
        return new Calendar(handler.root);
    }

    private static String shorten(String message) {
        if (message == null) {
            return "unreadable content lines";
        }
        String oneLine = message.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 200 ? oneLine.substring(0, 199) + "…" : oneLine;
    }

    /** Builds the component tree from the parser's events. */
    private static final class Handler implements ContentHandler {

        private final Deque<IcsComponent> open = new ArrayDeque<>();
        private IcsComponent root;
        private String propertyName;
        private String propertyValue;
        private List<IcsComponent.Parameter> parameters = new ArrayList<>();

        @Override
        public void startCalendar() {
            root = new IcsComponent("VCALENDAR");
            open.push(root);
        }

        @Override
        public void endCalendar() {
            open.clear();
        }

        @Override
        public void startComponent(String name) {
            if ("VCALENDAR".equalsIgnoreCase(name) && root != null) {
                // A calendar nested in a calendar (seen in the wild): its events count as the outer one's.
                open.push(root);
                return;
            }
            IcsComponent component = new IcsComponent(name);
            if (!open.isEmpty()) {
                open.peek().children().add(component);
            }
            open.push(component);
        }

        @Override
        public void endComponent(String name) {
            if (open.size() > 1) {
                open.pop();
            }
        }

        @Override
        public void startProperty(String name) {
            propertyName = name;
            propertyValue = "";
            parameters = new ArrayList<>();
        }

        @Override
        public void propertyValue(String value) {
            propertyValue = value == null ? "" : value;
        }

        @Override
        public void parameter(String name, String value) {
            parameters.add(new IcsComponent.Parameter(name, unquote(value)));
        }

        @Override
        public void endProperty(String name) {
            if (!open.isEmpty() && propertyName != null) {
                open.peek().properties().add(new IcsComponent.Property(propertyName, List.copyOf(parameters),
                        propertyValue));
            }
            propertyName = null;
        }

        private static String unquote(String value) {
            if (value != null && value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                return value.substring(1, value.length() - 1);
            }
            return value == null ? "" : value;
        }
    }
}
