package fi.silta.reports.web;

import java.util.List;

/**
 * A chart drawn on the server as SVG, with what makes it readable without sight: a title and a description the
 * SVG names as its accessible name and description, and the same figures as a table beside it.
 */
record Chart(String id, String title, String description, String svg, String labelHeading, String valueHeading,
        List<Bar> bars) {

    /** One bar: its label, its value (null when hidden or empty) and the value as shown ({@code <5}). */
    record Bar(String label, Double value, String shown) {
    }
}
