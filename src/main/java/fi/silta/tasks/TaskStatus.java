package fi.silta.tasks;

/** Where a task is: open for claims, filled (as many confirmed helpers as it needs), done, or cancelled. */
public enum TaskStatus {
    OPEN,
    FILLED,
    DONE,
    CANCELLED;

    public boolean closed() {
        return this == DONE || this == CANCELLED;
    }
}
