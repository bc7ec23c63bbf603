package fi.silta.tasks;

/** What a helping task is: the controlled list hosts choose from. */
public enum TaskKind {
    COMPANY,
    DIGITAL_HELP,
    READING_ALOUD,
    OUTING_ESCORT,
    GAME_PARTNER,
    /** Going with a referred client to an activity, usually the first time. */
    ACTIVITY_ACCOMPANIMENT,
    OTHER
}
