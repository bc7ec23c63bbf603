package fi.silta.referrals.api;

import java.time.LocalDate;

/** A contact with the client: how, on which day, and a short note. */
public record ContactInput(String kind, LocalDate date, String note) {

    @Override
    public String toString() {
        return "ContactInput[hidden]";
    }
}
