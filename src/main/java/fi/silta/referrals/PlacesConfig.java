package fi.silta.referrals;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Places held in sessions for referred clients, check-in codes and reminders. */
@ConfigMapping(prefix = "silta.places")
public interface PlacesConfig {

    /** How long a place stays held before the client agrees to come; never beyond the session's start. */
    @WithDefault("P7D")
    Duration holdFor();

    /** How long after the session's end its check-in code still records attendance. */
    @WithDefault("PT12H")
    Duration checkInAfterEnd();

    /** How long before the session the client is reminded (the day before, by default). */
    @WithDefault("P1D")
    Duration remindBefore();

    /** How often the held places' work runs ({@code off} in tests, which run it themselves). */
    @WithDefault("5m")
    String every();

    /** The SMS gateway; without an address no text message is sent. */
    Sms sms();

    interface Sms {

        /** The gateway's address for sending one message (HTTP POST, JSON); empty: SMS is off. */
        Optional<String> gatewayUrl();

        /** The account the gateway knows Silta by. */
        Optional<String> username();

        /** The account's secret; sent as HTTP basic authentication. */
        Optional<String> password();

        /** The sender name or number shown on the client's phone. */
        @WithDefault("Silta")
        String sender();
    }
}
