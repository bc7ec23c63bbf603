package fi.silta.referrals;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fi.silta.common.Language;

/** A session's day and time as a client reads it: weekday, date, start and end, in the client's language. */
public final class SessionTimes {

    private SessionTimes() {
    }

    public static String format(Instant start, Instant end, Language language) {
        ZonedDateTime from = start.atZone(ReferralsConfig.TIME_ZONE);
        ZonedDateTime to = end.atZone(ReferralsConfig.TIME_ZONE);
        Locale locale = Locale.forLanguageTag(language.code());
        String day = DateTimeFormatter.ofPattern(switch (language) {
            case FI -> "EEEE d.M.yyyy 'klo'";
            case SV -> "EEEE d.M.yyyy 'kl.'";
            case EN -> "EEEE d MMMM yyyy,";
        }, locale).format(from);
        DateTimeFormatter clock = DateTimeFormatter.ofPattern(language == Language.EN ? "H:mm" : "H.mm", locale);
        String times = from.toLocalDate().equals(to.toLocalDate()) && !to.equals(from)
                ? clock.format(from) + "\u2013" + clock.format(to)
                : clock.format(from);
        return day + " " + times;
    }
}
