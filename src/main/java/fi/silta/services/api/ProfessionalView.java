package fi.silta.services.api;

/** What only professionals read, as written by the organisation's publishers. */
public record ProfessionalView(String howToRefer, String contactName, String contactPhone, String contactEmail,
        String waitingTime, String notes) {
}
