package fi.silta.services.api;

import java.util.List;

/**
 * An organisation's services as its publishers keep them, with what the organisation tells professionals about
 * all of them (null when nothing is written).
 */
public record OrganisationServices(long id, String name, List<ServiceRow> services, ProfessionalInput notes) {
}
