package fi.silta.production;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The keyboard alone, as someone who cannot use a mouse uses a page: Tab and Shift-Tab move the focus, Enter and
 * Space act, and text is typed into the focused field. Every focus stop is checked as it is reached: the focused
 * element is on the screen, shows a focus indicator that contrasts at least 3:1 with the page (WCAG 2.4.7,
 * 1.4.11), and comes after the previous stop both in the page and to the eye (2.4.3, 1.3.2); a failure names the
 * stops so far.
 */
public final class Keyboard {

    /** What the focused element is and how it is shown; positions in page pixels. */
    public record Focus(String description, boolean indicated, String indicator, boolean onScreen, boolean follows,
            double top, double left, double right) {
    }

    private static final Pattern RGB = Pattern.compile("rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)(?:,\\s*([\\d.]+))?\\)");
    private static final int MAX_STOPS = 120;
    private static final String FOCUS = """
            const e = document.activeElement;
            if (!e || e === document.body) { return null; }
            const r = e.getBoundingClientRect();
            const s = getComputedStyle(e);
            const previous = window.__siltaFocus;
            const follows = !previous || !previous.isConnected || previous === e || previous.contains(e)
                || (previous.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
            window.__siltaFocus = e;
            const label = (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : '')
                + (e.type && e.tagName !== 'BUTTON' ? '[type=' + e.type + ']' : '');
            const text = (e.innerText || e.value || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
            return { description: e.tagName.toLowerCase() + label + (text ? ' "' + text + '"' : ''),
                visible: e.matches(':focus-visible') || e.matches(':focus-within'), style: s.outlineStyle, width: parseFloat(s.outlineWidth) || 0,
                colour: s.outlineColor, background: s.backgroundColor,
                onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0
                    && r.left < innerWidth,
                follows: follows, fresh: previous === undefined, top: r.top + scrollY, left: r.left + scrollX, right: r.right + scrollX };
            """;

    private final Browser browser;
    private final List<Focus> stops = new ArrayList<>();
    private final List<Focus> journey = new ArrayList<>();

    Keyboard(Browser browser) {
        this.browser = browser;
    }

    /** The focus stops reached so far on this page, in order. */
    public List<Focus> stops() {
        return List.copyOf(stops);
    }

    /** Every focus stop reached with this keyboard, over all pages. */
    public List<Focus> journey() {
        return List.copyOf(journey);
    }

    public Focus tab() {
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        return reached(true);
    }

    public Focus shiftTab() {
        new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        return reached(false);
    }

    public Keyboard enter() {
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        return this;
    }

    public Keyboard space() {
        new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
        return this;
    }

    /** Types into the focused element; on a closed list box, the first letters choose the option, as people do. */
    public Keyboard type(String text) {
        new Actions(browser.driver()).sendKeys(text).perform();
        return this;
    }

    /** Types a date into the focused date field, its parts in the order the browser's own locale shows them. */
    public Keyboard typeDate(LocalDate date) {
        @SuppressWarnings("unchecked")
        List<String> order = (List<String>) browser.js().executeScript("""
                return new Intl.DateTimeFormat().formatToParts(new Date(2026, 11, 24))
                    .map(p => p.type).filter(t => t === 'day' || t === 'month' || t === 'year');""");
        StringBuilder keys = new StringBuilder();
        for (String part : order) {
            keys.append(switch (part) {
                case "day" -> String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
                case "month" -> String.format(Locale.ROOT, "%02d", date.getMonthValue());
                default -> String.format(Locale.ROOT, "%04d", date.getYear());
            });
        }
        return type(keys.toString());
    }

    /**
     * Presses Tab until the focus is on an element matching {@code css}, checking every stop on the way; answers
     * that stop.
     */
    public Focus tabTo(String css) {
        for (int i = 0; i < MAX_STOPS; i++) {
            Focus focus = tab();
            if ((Boolean) browser.js().executeScript("return document.activeElement.matches(arguments[0])", css)) {
                return focus;
            }
        }
        throw new AssertionError("Tab never reached " + css + " in " + MAX_STOPS + " stops: " + path());
    }

    /** Whether the focus is on an element matching {@code css}. */
    public boolean on(String css) {
        return (Boolean) browser.js().executeScript("return document.activeElement.matches(arguments[0])", css);
    }

    private Focus reached(boolean forward) {
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) browser.js().executeScript(FOCUS);
        if (state == null) {
            throw new AssertionError("The focus left the page's elements after " + path());
        }
        double width = ((Number) state.get("width")).doubleValue();
        double contrast = contrastWithPage((String) state.get("colour"));
        boolean indicated = (Boolean) state.get("visible") && !"none".equals(state.get("style")) && width >= 2
                && contrast >= 3;
        Focus focus = new Focus((String) state.get("description"), indicated,
                state.get("style") + " " + width + "px " + state.get("colour") + String.format(Locale.ROOT,
                        " (%.1f:1)", contrast),
                (Boolean) state.get("onScreen"), (Boolean) state.get("follows"),
                ((Number) state.get("top")).doubleValue(), ((Number) state.get("left")).doubleValue(),
                ((Number) state.get("right")).doubleValue());
        if ((Boolean) state.get("fresh")) {
            stops.clear();
        }
        Focus previous = stops.isEmpty() ? null : stops.get(stops.size() - 1);
        stops.add(focus);
        journey.add(focus);
        if (!focus.indicated()) {
            throw new AssertionError("No visible focus indicator on " + focus.description() + " (" + focus.indicator()
                    + ") after " + path());
        }
        if (!focus.onScreen()) {
            throw new AssertionError("The focused " + focus.description() + " is off the screen, after " + path());
        }
        if (forward && previous != null && !previous.description().equals(focus.description())) {
            // Reading order: further down, or on the same line or in a column to the right.
            boolean readsOn = focus.top() >= previous.top() - 4 || focus.left() >= previous.right() - 1;
            if (!focus.follows() || !readsOn) {
                throw new AssertionError("Focus went back from " + previous.description() + " to "
                        + focus.description() + ": " + path());
            }
        }
        return focus;
    }

    private String path() {
        return String.join(" → ", stops.stream().map(Focus::description).toList());
    }

    /** The indicator's contrast with the white page behind it (the ring sits outside the element, on the page). */
    static double contrastWithPage(String colour) {
        Matcher rgb = RGB.matcher(colour);
        if (!rgb.find()) {
            return 0;
        }
        double alpha = rgb.group(4) == null ? 1 : Double.parseDouble(rgb.group(4));
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double value = Double.parseDouble(rgb.group(i + 1)) * alpha + 255 * (1 - alpha);
            double c = value / 255;
            channels[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        double luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
        return 1.05 / (luminance + 0.05);
    }
}
