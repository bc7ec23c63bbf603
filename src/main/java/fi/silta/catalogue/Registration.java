package fi.silta.catalogue;

/** Whether a participant must sign up in advance. */
public enum Registration {
    NONE,
    REQUIRED
}
