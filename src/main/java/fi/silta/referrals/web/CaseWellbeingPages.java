package fi.silta.referrals.web;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.web.Chrome;
import fi.silta.common.web.PageContext;
import fi.silta.referrals.ReferralQueries;
import fi.silta.referrals.ReferralsConfig;
import fi.silta.referrals.SelfReportRound;
import fi.silta.referrals.WellbeingLinks;
import fi.silta.referrals.WellbeingService;
import fi.silta.referrals.api.LinkRoundInput;
import fi.silta.referrals.api.WellbeingInput;
import fi.silta.referrals.api.WellbeingLinkView;
import fi.silta.security.Role;

/**
 * The case page's self-report forms: whoever works the case enters the client's answers of a round (the form
 * answers with the messages beside the items it refuses) or makes a one-time link for the client, shown once.
 */
@Path("/staff/referrals/{id: [0-9]+}/wellbeing")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.NURSE, Role.LINK_PERSON, Role.COORDINATOR })
class CaseWellbeingPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance entry(Chrome chrome, long id, SelfReportRound round, SelfReportForm form);

        static native TemplateInstance link(Chrome chrome, long id, String url, String until);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy HH.mm");

    private final PageContext page;
    private final ReferralQueries queries;
    private final WellbeingService wellbeing;
    private final WellbeingLinks links;

    CaseWellbeingPages(PageContext page, ReferralQueries queries, WellbeingService wellbeing, WellbeingLinks links) {
        this.page = page;
        this.queries = queries;
        this.wellbeing = wellbeing;
        this.links = links;
    }

    @GET
    @Path("{round: START|FOLLOW_UP}")
    public TemplateInstance entry(@RestPath long id, @RestPath SelfReportRound round) {
        if (!queries.caseFile(id).works()) {
            throw new ForbiddenException("Only whoever works the case enters answers");
        }
        return entry(id, round, Map.of(), Map.of());
    }

    @POST
    @Path("{round: START|FOLLOW_UP}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@RestPath long id, @RestPath SelfReportRound round, MultivaluedMap<String, String> form) {
        Map<String, String> values = SelfReportForm.values(form);
        SelfReportForm.Answers answers = SelfReportForm.read(values, page.messages(WellbeingMessages.class));
        if (!answers.errors().isEmpty()) {
            return Response.status(400).entity(entry(id, round, values, answers.errors())).build();
        }
        wellbeing.record(id, new WellbeingInput(round, answers.who5(), answers.ucla3()));
        return Response.seeOther(URI.create("/staff/referrals/" + id + "?done=wellbeing#wellbeing")).build();
    }

    @POST
    @Path("links")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response link(@RestPath long id, @RestForm SelfReportRound round) {
        if (round == null) {
            return Response.seeOther(URI.create("/staff/referrals/" + id + "#wellbeing")).build();
        }
        WellbeingLinkView link = links.make(id, new LinkRoundInput(round));
        WellbeingMessages text = page.messages(WellbeingMessages.class);
        return Response.ok(Templates.link(page.staffChrome(text.link_title()), id, link.url(),
                DAY.format(link.expiresAt().atZone(ReferralsConfig.TIME_ZONE))).setLocale(page.locale())).build();
    }

    private TemplateInstance entry(long id, SelfReportRound round, Map<String, String> values,
            Map<String, String> errors) {
        WellbeingMessages text = page.messages(WellbeingMessages.class);
        return Templates.entry(page.staffChrome(text.entry_title(text.round(round))), id, round,
                SelfReportForm.of(text, values, errors)).setLocale(page.locale());
    }
}
