package fi.silta.reports.web;

import java.util.List;

/** A row of the gap map: the municipality and, for each need, what the cell says and its level. */
record HeatRow(String label, List<Cell> cells) {

    /** One cell: its words (the count and the level, so colour is never the only sign) and the level. */
    record Cell(String text, String level) {
    }
}
