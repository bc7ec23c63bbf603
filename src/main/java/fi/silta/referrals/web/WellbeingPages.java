package fi.silta.referrals.web;

import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.PageContext;
import fi.silta.referrals.SelfReportRound;
import fi.silta.referrals.WellbeingLinks;
import fi.silta.referrals.WellbeingLinks.OpenLink;
import fi.silta.referrals.api.ClientAnswersInput;
import fi.silta.security.Throttled;

/**
 * The client's own answer page for a one-time link, without signing in, in the client's language (the language
 * switch still offers the others), on a phone as well as a desktop. The page names nobody and shows nothing of the
 * case; opening it changes nothing (a link preview cannot spend it); the first answer spends the link, and a link
 * spent, expired or unknown gets the same plain page saying so. The token is in the address only: the answers are
 * posted, the page sends no referrer, and nothing stores it.
 */
@Path("/wellbeing/{token: [A-Za-z0-9_-]{1,64}}")
@Produces(MediaType.TEXT_HTML)
@PermitAll
class WellbeingPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance answer(Chrome chrome, String action, SelfReportRound round,
                SelfReportForm form);

        static native TemplateInstance closed(Chrome chrome, String text);
    }

    private final PageContext page;
    private final WellbeingLinks links;

    WellbeingPages(PageContext page, WellbeingLinks links) {
        this.page = page;
        this.links = links;
    }

    @GET
    public Response show(@RestPath String token) {
        Optional<OpenLink> link = links.openLink(token);
        if (link.isEmpty()) {
            return closed(false);
        }
        page.preferLanguage(link.get().language());
        return answer(token, link.get().round(), Map.of(), Map.of(), 200);
    }

    @POST
    @Throttled
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@RestPath String token, MultivaluedMap<String, String> form) {
        Optional<OpenLink> link = links.openLink(token);
        if (link.isEmpty()) {
            return closed(false);
        }
        page.preferLanguage(link.get().language());
        Map<String, String> values = SelfReportForm.values(form);
        SelfReportForm.Answers answers = SelfReportForm.read(values, page.messages(WellbeingMessages.class));
        if (!answers.errors().isEmpty()) {
            return answer(token, link.get().round(), values, answers.errors(), 400);
        }
        try {
            links.answer(token, new ClientAnswersInput(answers.who5(), answers.ucla3()));
        } catch (ProblemException e) {
            if (e.status() != 404) {
                throw e;
            }
            return closed(false);
        }
        return closed(true);
    }

    private Response answer(String token, SelfReportRound round, Map<String, String> values,
            Map<String, String> errors, int status) {
        WellbeingMessages text = page.messages(WellbeingMessages.class);
        TemplateInstance html = Templates.answer(page.chrome(text.answer_title()), "/wellbeing/" + token, round,
                SelfReportForm.of(text, values, errors)).setLocale(page.locale());
        return unstored(Response.status(status).entity(html));
    }

    /** The page after answering, and for a link that takes no answer: plain words, no error. */
    private Response closed(boolean thanks) {
        WellbeingMessages text = page.messages(WellbeingMessages.class);
        TemplateInstance html = Templates
                .closed(page.chrome(thanks ? text.thanks_title() : text.closed_title()),
                        thanks ? text.thanks_text() : text.closed_text())
                .setLocale(page.locale());
        return unstored(Response.ok(html));
    }

    /** The address holds the token: no referrer leaves the page, no cache keeps it, no search engine lists it. */
    private static Response unstored(Response.ResponseBuilder response) {
        return response.header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex").build();
    }
}
