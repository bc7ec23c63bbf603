package fi.silta.referrals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import fi.silta.referrals.api.ContactView;
import fi.silta.referrals.api.LinkPersonView;
import fi.silta.referrals.api.OverdueCase;
import fi.silta.referrals.api.ReferralRow;
import fi.silta.referrals.api.ReferralView;

/** Entities to API records: referrals, their history and contacts, and link-persons. Entities stay inside. */
@ApplicationScoped
class ReferralMapper {

    /** How much of the client a reader sees, by what their work needs. */
    enum Sight {
        /** The nurse who wrote it and the link-person who works it: contact details; the identity code masked. */
        CASE_WORK,
        /** A coordinator assigning the case: who and where, but no phone or email; the identity code masked. */
        COORDINATION,
        /** The admin's copy of a client's data, made on the client's own request: everything, the code whole. */
        EXPORT
    }

    private final ReferralsConfig config;

    ReferralMapper(ReferralsConfig config) {
        this.config = config;
    }

    ReferralView view(Referral r, List<ReferralEvent> events, Sight sight) {
        Client c = r.client();
        List<ReferralView.EventView> history = events.stream().map(e -> new ReferralView.EventView(e.occurredAt(),
                e.actor(), e.role(), e.from(), e.to(), e.step(), e.typedReason(), e.kind(), e.detail())).toList();
        boolean contact = sight != Sight.COORDINATION;
        String code = sight == Sight.EXPORT ? c.identityCode() : PersonalIdentityCode.masked(c.identityCode());
        return new ReferralView(r.id(), r.status(), r.step(), r.outcome(),
                new ReferralView.ClientView(c.firstName(), c.lastName(), code, c.birthYear(),
                        contact ? c.phone() : null, contact ? c.email() : null, c.language().code(),
                        c.interpreterNeeded()),
                r.municipality().code(), r.context(), r.needs().stream().sorted(Comparator.comparing(Enum::name)).toList(),
                r.interests(), r.consents().stream().map(consent -> new ReferralView.ConsentView(consent.recipient(),
                        consent.given(), consent.recordedAt(), consent.recordedBy())).toList(),
                List.copyOf(r.activityIds()), r.occurrenceId(), r.linkPersonNeeded(), r.linkPersonReason(),
                r.urgency(), r.nurse(), r.unit(), r.assignedTo(), r.assignedAt(), r.lastContactAt(), r.followUpOn(),
                r.createdAt(), r.updatedAt(), r.closedAt(), r.version(), history);
    }

    /** A line of a list as of {@code now}: days since the last contact, the next step and its due day. */
    ReferralRow row(Referral r, Instant now) {
        Instant due = r.milestoneDue(config.firstContactWithin(), config.attendanceWithin());
        return new ReferralRow(r.id(), r.status(), r.step(), r.client().fullName(), r.municipality().code(),
                r.urgency(), r.nurse(), r.assignedTo(), r.updatedAt(),
                r.lastContactAt() == null ? null : Duration.between(r.lastContactAt(), now).toDays(), r.nextStep(),
                due == null ? null : LocalDate.ofInstant(due, ReferralsConfig.TIME_ZONE),
                due != null && due.isBefore(now), r.linkPersonNeeded(), r.createdAt());
    }

    /** The case as an overdue one, if its milestone was due before {@code now}. */
    OverdueCase overdue(Referral r, Instant now) {
        Instant due = r.milestoneDue(config.firstContactWithin(), config.attendanceWithin());
        if (due == null || !due.isBefore(now)) {
            return null;
        }
        OverdueCase.Reason reason = r.lastContactAt() == null ? OverdueCase.Reason.NO_CONTACT
                : OverdueCase.Reason.NO_ATTENDANCE;
        return new OverdueCase(r.id(), r.status(), r.assignedTo(), r.assignedAt(), r.lastContactAt(), reason,
                Duration.between(r.assignedAt(), now).toDays());
    }

    ContactView contact(ReferralContact c) {
        return new ContactView(c.id(), c.kind(), c.contactedOn(), c.note(), c.recordedBy(), c.recordedAt());
    }

    LinkPersonView linkPerson(LinkPerson p, long openCases) {
        return new LinkPersonView(p.username(), p.displayName(), p.email(), p.capacity(), p.active(),
                List.copyOf(p.municipalities()), List.copyOf(p.languages()), openCases);
    }
}
