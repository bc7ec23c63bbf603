package fi.silta.referrals.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fi.silta.common.Language;
import fi.silta.referrals.ConsentRecipient;
import fi.silta.referrals.ReferralStatus;
import fi.silta.referrals.ReferralsConfig;
import fi.silta.referrals.api.CaseFile;
import fi.silta.referrals.api.ContactView;
import fi.silta.referrals.api.ReferralView;
import fi.silta.security.Role;

/**
 * What the case page says about a referral, in the page's language: one status line, people by the names they go
 * by, the municipality by name, and the history as sentences with their date and time.
 *
 * @param people the names to show by user name, for every user the page names
 */
record CaseFacts(String statusLine, String sent, String writtenBy, String assignee, String municipality, String language,
        List<HistoryLine> history, Map<String, String> people) {

    /** One line of the history: when, what happened in words, and the reason typed for it, if any. */
    record HistoryLine(String when, String text, String reason) {
    }

    /** The name to show for a user name. */
    public String person(String username) {
        return people.getOrDefault(username, username);
    }

    static List<String> usernames(CaseFile file) {
        ReferralView r = file.referral();
        List<String> names = new ArrayList<>();
        names.add(r.nurse());
        names.add(r.assignedTo());
        r.history().forEach(e -> {
            names.add(e.actor());
            names.add(e.detail());
        });
        file.contacts().stream().map(ContactView::recordedBy).forEach(names::add);
        return names;
    }

    static CaseFacts of(CaseFile file, ReferralMessages text, Language language, Map<String, String> people,
            Map<String, String> municipalities) {
        ReferralView r = file.referral();
        DateTimeFormatter format = DateTimeFormatter.ofPattern(text.datetime_pattern(), language.locale())
                .withZone(ReferralsConfig.TIME_ZONE);
        String nurse = people.getOrDefault(r.nurse(), r.nurse());
        String writtenBy = r.unit() == null || r.unit().isBlank() ? text.written_by(nurse)
                : text.written_by_unit(nurse, r.unit());
        List<HistoryLine> history = r.history().stream()
                .map(e -> new HistoryLine(when(format, e.at()), line(text, e, people), e.reason())).toList();
        String clientLanguage = Language.fromCode(r.client().language()).map(text::language)
                .orElse(r.client().language());
        return new CaseFacts(statusLine(text, r), when(format, r.createdAt()), writtenBy,
                r.assignedTo() == null ? null : people.getOrDefault(r.assignedTo(), r.assignedTo()),
                municipalities.getOrDefault(r.municipality(), r.municipality()), clientLanguage, history, people);
    }

    /** The status in one line: the status, with the step of an open case or the outcome of a failed one. */
    static String statusLine(ReferralMessages text, ReferralView r) {
        String status = text.status(r.status());
        if (r.status() == ReferralStatus.FAILED && r.outcome() != null) {
            return text.status_with_detail(status, text.outcome(r.outcome()));
        }
        if (!r.status().terminal() && r.step() != null) {
            return text.status_with_step(status, text.step(r.step()));
        }
        return text.status_only(status);
    }

    private static String when(DateTimeFormatter format, Instant at) {
        return at == null ? "" : format.format(at);
    }

    private static String line(ReferralMessages text, ReferralView.EventView e, Map<String, String> people) {
        String who = text.history_who(people.getOrDefault(e.actor(), e.actor()), role(text, e.role()));
        return switch (e.kind()) {
            case CREATED -> e.to() == ReferralStatus.DRAFT ? text.history_drafted(who) : text.history_created(who);
            case MOVED -> text.history_moved(who, e.to() == null ? "" : text.status(e.to()));
            case STEP -> text.history_step(who, text.step(e.step()));
            case ACTIVITIES -> text.history_activities(who);
            case ASSIGNED -> text.history_assigned(who, people.getOrDefault(e.detail(), String.valueOf(e.detail())));
            case RETURNED -> text.history_returned(who);
            case CORRECTED -> e.detail() == null ? text.history_corrected(who)
                    : text.history_corrected_fields(who, correctedFields(text, e.detail()));
            case PLACE -> switch (String.valueOf(e.detail())) {
                case "called-off" -> text.history_place_called_off(who);
                case "expired" -> text.history_place_expired(who);
                default -> text.history_place_held(who);
            };
            case ATTENDANCE -> "attended".equals(e.detail()) ? text.history_attended(who)
                    : text.history_not_attended(who);
            case CONSENT -> consent(text, who, e.detail());
            case ASSIGNMENT_ENDED -> text.history_assignment_ended(who);
            case ACCOMPANIED -> text.history_accompanied(who, String.valueOf(e.detail()));
            case SERVICES -> String.valueOf(e.detail()).startsWith("removed:") ? text.history_service_removed(who)
                    : text.history_service_added(who);
        };
    }

    /** "RECIPIENT:given" or "RECIPIENT:withdrawn", as the consent's change was recorded. */
    private static String consent(ReferralMessages text, String who, String detail) {
        String[] parts = detail == null ? new String[0] : detail.split(":", 2);
        ConsentRecipient recipient = parts.length == 2 ? ConsentRecipient.valueOf(parts[0]) : null;
        if (recipient == null) {
            return text.history_consent_changed(who);
        }
        return "given".equals(parts[1]) ? text.history_consent_given(who, text.consent(recipient))
                : text.history_consent_withdrawn(who, text.consent(recipient));
    }

    /** The corrected fields by their labels in the page's language; the detail never holds their values. */
    private static String correctedFields(ReferralMessages text, String detail) {
        List<String> labels = new ArrayList<>();
        for (String field : detail.split(",")) {
            labels.add(switch (field) {
                case "phone" -> text.field_phone();
                case "email" -> text.field_email();
                case "language" -> text.field_language();
                case "interpreterNeeded" -> text.field_interpreter();
                case "needs" -> text.field_needs();
                case "interests" -> text.field_interests();
                case "linkPersonNeeded" -> text.field_link_person();
                case "linkPersonReason" -> text.field_link_person_reason();
                case "urgency" -> text.field_urgency();
                case "unit" -> text.field_unit();
                case "followUpOn" -> text.field_follow_up();
                default -> text.history_other_field();
            });
        }
        return String.join(", ", labels);
    }

    private static String role(ReferralMessages text, String role) {
        return switch (role == null ? "" : role) {
            case Role.NURSE -> text.role_nurse();
            case Role.LINK_PERSON -> text.role_link_person();
            case Role.COORDINATOR -> text.role_coordinator();
            case "system" -> text.role_system();
            default -> text.role_other();
        };
    }
}
