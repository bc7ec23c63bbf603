package fi.silta.tasks;

/** What an organisation lets a user do in helping hands: host its tasks, or vet its helpers. */
public enum GrantKind {
    HOST,
    VETTER
}
