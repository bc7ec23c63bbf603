package fi.silta.services.api;

/**
 * A service as signed-in staff and partners read it: what residents read, and what the organisation tells
 * professionals about the service and about all its services (either may be null).
 */
public record ServiceForProfessionals(ServiceDetail service, ProfessionalView aboutService,
        ProfessionalView aboutOrganisation) {
}
