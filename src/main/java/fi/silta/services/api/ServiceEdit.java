package fi.silta.services.api;

/** A service as its publisher keeps it: the version the next change names, its status and all it holds. */
public record ServiceEdit(long id, long version, String status, ServiceDetail service,
        ProfessionalView professional) {
}
