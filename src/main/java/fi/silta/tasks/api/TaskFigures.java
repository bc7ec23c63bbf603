package fi.silta.tasks.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * Tasks posted, filled and done, the median hours from posting to filled, the hours helped and the active helpers,
 * by municipality and month. A figure of a group smaller than the reports' smallest shown group is null.
 */
public record TaskFigures(int smallestShown, List<Row> rows) {

    public record Row(String municipality, String municipalityName, String month, Long posted, Long filled,
            Long done, Double medianHoursToFill, BigDecimal hours, Long activeHelpers) {
    }
}
