package fi.silta.importers;

/** What started a run. */
public enum RunTrigger {
    /** Start-up of an instance, for sources declared in configuration. */
    STARTUP,
    /** The source's sync interval passed. */
    SCHEDULE,
    /** An administrator asked for it. */
    MANUAL
}
