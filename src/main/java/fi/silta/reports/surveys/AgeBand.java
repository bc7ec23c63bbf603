package fi.silta.reports.surveys;

/** The age band a resident answers in: wide enough that a band and a municipality do not name a person. */
public enum AgeBand {
    UNDER_30,
    FROM_30_TO_49,
    FROM_50_TO_64,
    FROM_65_TO_74,
    FROM_75
}
