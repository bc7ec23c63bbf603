package fi.silta.reports.api;

import java.util.List;

/** A survey as residents see it, in one language. */
public record SurveyView(long id, String title, boolean open, List<String> questions) {
}
