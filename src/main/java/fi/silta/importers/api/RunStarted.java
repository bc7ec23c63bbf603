package fi.silta.importers.api;

/** The answer to starting a run: it runs in the background; poll its address for progress. */
public record RunStarted(long id, String status) {
}
