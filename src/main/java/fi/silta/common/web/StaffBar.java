package fi.silta.common.web;

import java.util.List;

/** The signed-in user's name and the staff navigation for their roles. */
public record StaffBar(String username, List<Link> navigation) {
}
