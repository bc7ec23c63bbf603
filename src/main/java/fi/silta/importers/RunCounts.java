package fi.silta.importers;

/** What one run did to a source's records. */
public record RunCounts(int created, int updated, int unchanged, int archived, int failed) {

    public static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0);

    public RunCounts plus(RunCounts other) {
        return new RunCounts(created + other.created, updated + other.updated, unchanged + other.unchanged,
                archived + other.archived, failed + other.failed);
    }

    public int processed() {
        return created + updated + unchanged + failed;
    }
}
