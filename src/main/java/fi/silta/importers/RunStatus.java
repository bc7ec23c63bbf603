package fi.silta.importers;

/** Where a run stands. Only RUNNING changes; the others are final. */
public enum RunStatus {
    RUNNING,
    /** Every record of the feed was imported or found unchanged. */
    SUCCEEDED,
    /** The feed was imported, but some records were rejected; each is listed with its reason. */
    COMPLETED_WITH_FAILURES,
    /** The feed as a whole could not be read (unreachable, too large, not the expected format, too slow). */
    FAILED,
    /** The run would have archived too large a share of the source's activities and was not forced. */
    REFUSED;

    public boolean finished() {
        return this != RUNNING;
    }
}
