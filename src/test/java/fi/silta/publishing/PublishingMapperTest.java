package fi.silta.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.silta.audit.AuditEntry;
import fi.silta.catalogue.AccessibilityFeature;
import fi.silta.catalogue.ActivityStatus;
import fi.silta.catalogue.Registration;
import fi.silta.publishing.RecurrenceRule.Terms;
import fi.silta.publishing.api.Accessibility;
import fi.silta.publishing.api.HistoryEntry;
import fi.silta.publishing.api.ListingStatus;
import fi.silta.publishing.api.RegistrationPolicy;
import fi.silta.publishing.api.ScheduleInput.Kind;

/** Publishing's own codes stay the catalogue's, and schedules read back in the terms publishers wrote them. */
class PublishingMapperTest {

    @Test
    void publishingsEnumsNameEveryConstantOfTheCatalogueAndTheAuditTrail() {
        assertThat(names(ListingStatus.values())).isEqualTo(names(ActivityStatus.values()));
        assertThat(names(RegistrationPolicy.values())).isEqualTo(names(Registration.values()));
        assertThat(names(Accessibility.values())).isEqualTo(names(AccessibilityFeature.values()));
        assertThat(names(HistoryEntry.Outcome.values())).isEqualTo(names(AuditEntry.Outcome.values()));
    }

    @Test
    void theRulesPublishersWriteReadBackInTheirTerms() {
        assertThat(RecurrenceRule.read(null)).contains(new Terms(Kind.ONCE, List.of(), null, null));
        assertThat(RecurrenceRule.read("FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270330T235959"))
                .contains(new Terms(Kind.WEEKLY, List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), null,
                        LocalDate.of(2027, 3, 30)));
        assertThat(RecurrenceRule.read("FREQ=MONTHLY;BYDAY=-1FR"))
                .contains(new Terms(Kind.MONTHLY, List.of(DayOfWeek.FRIDAY), -1, null));
        assertThat(RecurrenceRule.read("FREQ=MONTHLY;BYDAY=2WE"))
                .contains(new Terms(Kind.MONTHLY, List.of(DayOfWeek.WEDNESDAY), 2, null));
    }

    @Test
    void rulesWrittenElsewhereHaveNoSuchTerms() {
        assertThat(RecurrenceRule.read("FREQ=DAILY;INTERVAL=2")).isEmpty();
        assertThat(RecurrenceRule.read("FREQ=WEEKLY;BYDAY=XX")).isEmpty();
        assertThat(RecurrenceRule.read("FREQ=MONTHLY;BYDAY=5MO")).isEmpty();
        assertThat(RecurrenceRule.read("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO")).isEmpty();
        assertThat(RecurrenceRule.read("garbage")).isEmpty();
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }
}
