package fi.silta.importers.api;

import fi.silta.importers.RunStatus;

/** The answer to starting a run: it runs in the background; poll its address for progress. */
public record RunStarted(long id, RunStatus status) {
}
