package fi.silta.tasks;

/** One helper's part in a task. */
public enum ClaimStatus {
    /** The helper offered; the host has not confirmed yet. */
    CLAIMED,
    CONFIRMED,
    /** The host confirmed the task done, with the hours. */
    DONE,
    /** Either side cancelled, with a reason. */
    CANCELLED,
    /** The helper did not come. */
    NO_SHOW;

    /** Whether the helper is still expected (or was there). */
    public boolean holds() {
        return this == CLAIMED || this == CONFIRMED || this == DONE;
    }
}
