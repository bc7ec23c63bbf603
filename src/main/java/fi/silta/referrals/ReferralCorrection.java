package fi.silta.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;
import fi.silta.referrals.api.CorrectionInput;
import fi.silta.referrals.api.ReferralView;

/**
 * Correcting a referral after it is sent: the nurse who wrote it, or a coordinator of its county, fixes the client's
 * contact details, needs, interests, urgency, follow-up date, unit or the link-person choice while it is open. A
 * stale version is refused (409) with nothing changed. The history records a correction naming the fields that
 * changed, never their values, and the access log the write. A coordinator, who sees no phone or email, may give
 * new ones; leaving them empty keeps the nurse's.
 */
@ApplicationScoped
public class ReferralCorrection {

    private final ReferralRepository referrals;
    private final ReferralAccess access;
    private final ReferralMapper mapper;
    private final Clock clock;

    ReferralCorrection(ReferralRepository referrals, ReferralAccess access, ReferralMapper mapper, Clock clock) {
        this.referrals = referrals;
        this.access = access;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** What a referral holds after a correction. */
    record Corrected(Client client, Set<Need> needs, String interests, boolean linkPersonNeeded,
            String linkPersonReason, Urgency urgency, String unit, LocalDate followUpOn) {
    }

    /** Whether the user may correct this referral now: its writer or its coordinator, while it is open. */
    @Transactional
    public boolean mayCorrect(long id) {
        Referral referral = referrals.findById(id);
        return referral != null && !referral.status().terminal() && mayCorrect(referral);
    }

    private boolean mayCorrect(Referral referral) {
        return access.isRequester(referral) || access.isCoordinatorOf(referral);
    }

    @Transactional
    public ReferralView correct(long id, @Valid @NotNull CorrectionInput input) {
        Referral referral = access.readable(id, "correct");
        access.require(mayCorrect(referral), referral, "correct");
        if (referral.status().terminal()) {
            throw ProblemException.conflict("A " + referral.status().code() + " referral is not corrected");
        }
        if (input.version() != referral.version()) {
            throw ProblemException.conflict("The referral was changed meanwhile; read it again");
        }
        if (input.linkPersonNeeded() && input.linkPersonReason() == null) {
            throw InvalidInput.at("linkPersonReason", "required", "Why a link-person is needed");
        }
        if (input.linkPersonNeeded() && !referral.consented(ConsentRecipient.LINK_PERSON)) {
            throw InvalidInput.at("linkPersonNeeded", "consent-required", "The client has not consented");
        }
        if (!input.linkPersonNeeded() && referral.assignedTo() != null) {
            throw InvalidInput.at("linkPersonNeeded", "assigned", "A link-person already works the case");
        }
        Client before = referral.client();
        // A coordinator sees no phone or email: what they leave empty stays as the nurse wrote it.
        boolean seesContact = access.sight(referral) == ReferralMapper.Sight.CASE_WORK;
        String phone = seesContact || input.phone() != null ? input.phone() : before.phone();
        String email = seesContact || input.email() != null ? input.email() : before.email();
        Language language = Language.fromCode(input.language()).orElseThrow();
        List<String> changed = new ArrayList<>();
        compare(changed, "phone", before.phone(), phone);
        compare(changed, "email", before.email(), email);
        compare(changed, "language", before.language(), language);
        compare(changed, "interpreterNeeded", before.interpreterNeeded(), input.interpreterNeeded());
        compare(changed, "needs", Set.copyOf(referral.needs()), Set.copyOf(input.needs()));
        compare(changed, "interests", referral.interests(), input.interests());
        compare(changed, "linkPersonNeeded", referral.linkPersonNeeded(), input.linkPersonNeeded());
        String reason = input.linkPersonNeeded() ? input.linkPersonReason() : null;
        compare(changed, "linkPersonReason", referral.linkPersonReason(), reason);
        compare(changed, "urgency", referral.urgency(), input.urgency());
        compare(changed, "unit", referral.unit(), input.unit());
        compare(changed, "followUpOn", referral.followUpOn(), input.followUpOn());
        if (!changed.isEmpty()) {
            Client corrected = before.withContact(phone, email, language, input.interpreterNeeded());
            referral.correct(new Corrected(corrected, input.needs(), input.interests(), input.linkPersonNeeded(),
                    reason, input.urgency(), input.unit(), input.followUpOn()), clock.instant());
            access.recordEvent(referral, EventKind.CORRECTED, referral.status(), referral.status(), null, null,
                    String.join(",", changed));
            referrals.flush();
        }
        access.logged(id, "correct");
        return mapper.view(referral, referrals.events(referral.id()), access.sight(referral));
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
