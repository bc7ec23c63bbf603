package fi.silta.security;

import java.util.List;

/** The roles Silta knows, as they appear in tokens. Residents are anonymous and have none. */
public final class Role {

    public static final String NURSE = "nurse";
    public static final String LINK_PERSON = "link_person";
    public static final String COORDINATOR = "coordinator";
    public static final String PUBLISHER = "publisher";
    public static final String ADMIN = "admin";
    /** Reads the county's reports (aggregates with small groups hidden), never a referral or any client data. */
    public static final String ANALYST = "analyst";
    /** Posts helping tasks for the organisations an admin granted them, confirms helpers and their hours. */
    public static final String TASK_HOST = "task_host";
    /** A vetted young person or volunteer who takes helping tasks; sees no client data but what a task shows. */
    public static final String HELPER = "helper";
    /** Registers and approves helpers for the organisations (youth services, NGOs) an admin granted them. */
    public static final String VETTER = "vetter";
    public static final List<String> ALL = List.of(NURSE, LINK_PERSON, COORDINATOR, PUBLISHER, ADMIN, ANALYST,
            TASK_HOST, HELPER, VETTER);

    private Role() {
    }
}
