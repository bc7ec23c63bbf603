package fi.silta.resources.api;

/** An organisation the signed-in user may keep resources for; a null id is the county itself (admins). */
public record KeeperChoice(Long id, String name) {
}
