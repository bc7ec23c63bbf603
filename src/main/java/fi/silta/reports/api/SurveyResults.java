package fi.silta.reports.api;

/**
 * A survey's results: how many answered, by municipality and age band, and the mean score of each question by
 * municipality. Groups under {@code smallestGroup} are hidden, and a mean with them.
 */
public record SurveyResults(long id, String title, int smallestGroup, ReportTable answers, ReportTable scores) {
}
