package fi.silta.importers.api;

/** What a run did to the source's records. */
public record CountsView(int created, int updated, int unchanged, int archived, int failed) {
}
