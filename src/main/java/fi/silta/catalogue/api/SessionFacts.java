package fi.silta.catalogue.api;

import java.time.Instant;

/**
 * One session as other features need it: whose it is, when, whether it is called off, and how many places it
 * has (null: no limit). No texts; those come with {@link ActivityDetail}.
 */
public record SessionFacts(long id, long activityId, long organisationId, Instant start, Instant end,
        boolean cancelled, Integer capacity) {
}
