package fi.silta.referrals.web;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.ErrorSummary;
import fi.silta.common.web.Option;
import fi.silta.common.web.PageContext;
import fi.silta.common.web.PageMessages;
import fi.silta.referrals.Need;
import fi.silta.referrals.ReferralCorrection;
import fi.silta.referrals.ReferralQueries;
import fi.silta.referrals.Urgency;
import fi.silta.referrals.api.CorrectionInput;
import fi.silta.referrals.api.ReferralView;
import fi.silta.security.Role;

/**
 * Correcting a sent referral: the nurse who wrote it, or its coordinator, gets the referral's form filled with what
 * it holds now (the client named, the identity code masked, neither changed here). A correction made meanwhile by
 * someone else is not overwritten: the form comes back with what was typed and a notice.
 */
@Path("/staff/referrals/{id: [0-9]+}/edit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.NURSE, Role.COORDINATOR })
class CorrectionPages {

    /** The referral being corrected, as the page names it, with the choices of the form. */
    record Correction(long id, String client, String identityCode, List<Option> needs,
            List<Option> urgencies, List<Option> languages) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Chrome chrome, Correction correction, Form form, ErrorSummary summary);
    }

    private final PageContext page;
    private final ReferralQueries queries;
    private final ReferralCorrection correction;
    private final Validator validator;

    CorrectionPages(PageContext page, ReferralQueries queries, ReferralCorrection correction, Validator validator) {
        this.page = page;
        this.queries = queries;
        this.correction = correction;
        this.validator = validator;
    }

    @GET
    public TemplateInstance form(@RestPath long id) {
        ReferralView referral = correctable(id);
        return editPage(referral, Form.fresh(action(id), CorrectionForm.of(referral)));
    }

    /** Saves the correction and shows the case with a confirmation, or the form again with what to fix. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correct(@RestPath long id, @BeanParam CorrectionForm form) {
        ReferralMessages text = text();
        CorrectionInput input = form.toInput();
        FieldMessages messages = new FieldMessages(page.messages(PageMessages.class), text);
        Map<String, String> errors = new LinkedHashMap<>(messages.of(validator.validate(form)));
        messages.of(validator.validate(input)).forEach(errors::putIfAbsent);
        int status = 400;
        String notice = text.form_has_errors();
        Map<String, String> values = form.values();
        if (errors.isEmpty()) {
            try {
                correction.correct(id, input);
                return Response.seeOther(URI.create("/staff/referrals/" + id + ReferralDone.CORRECTED.query()))
                        .build();
            } catch (ProblemException e) {
                if (e.status() == 409 && correctableNow(id)) {
                    // Changed meanwhile: what was typed stays in the form, against the version now stored.
                    status = 409;
                    notice = text.correction_changed_meanwhile();
                } else if (e.status() != 400) {
                    throw e;
                } else {
                    errors.putAll(messages.of(e));
                }
            }
        }
        ReferralView referral = correctable(id);
        if (status == 409) {
            values.put("version", String.valueOf(referral.version()));
        }
        Form refused = Form.refused(action(id), values, errors, notice);
        return Response.status(status).entity(editPage(referral, refused)).build();
    }

    private boolean correctableNow(long id) {
        return correction.mayCorrect(id);
    }

    /** The referral, read as its reader may see it, if they may correct it now (else 403, or 409 once closed). */
    private ReferralView correctable(long id) {
        ReferralView referral = queries.get(id);
        if (referral.status().terminal()) {
            throw ProblemException.conflict("A closed referral is not corrected");
        }
        if (!correction.mayCorrect(id)) {
            throw new ForbiddenException("Not allowed for this referral");
        }
        return referral;
    }

    private TemplateInstance editPage(ReferralView referral, Form form) {
        ReferralMessages text = text();
        Correction shown = new Correction(referral.id(), referral.client().fullName(), referral.client().identityCode(),
                ReferralPages.options(Need.values(), text::need), ReferralPages.options(Urgency.values(), text::urgency),
                Arrays.stream(Language.values()).map(l -> new Option(l.code(), text.language(l), false)).toList());
        Map<String, String> labels = Map.ofEntries(Map.entry("phone", text.field_phone()),
                Map.entry("email", text.field_email()), Map.entry("language", text.field_language()),
                Map.entry("needs", text.field_needs()), Map.entry("interests", text.field_interests()),
                Map.entry("linkPersonNeeded", text.field_link_person()),
                Map.entry("linkPersonReason", text.field_link_person_reason()),
                Map.entry("urgency", text.field_urgency()), Map.entry("unit", text.field_unit()),
                Map.entry("followUpOn", text.field_follow_up()), Map.entry("version", text.correction_title()));
        ErrorSummary summary = form.summary(name -> "f-" + name, name -> labels.getOrDefault(name, name));
        return Templates.edit(page.staffChrome(text.correction_title()), shown, form, summary)
                .setLocale(page.locale());
    }

    private static String action(long id) {
        return "/staff/referrals/" + id + "/edit";
    }

    private ReferralMessages text() {
        return page.messages(ReferralMessages.class);
    }
}
