package fi.silta.referrals.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.Done;
import fi.silta.common.web.Option;
import fi.silta.common.web.PageContext;
import fi.silta.common.web.PageMessages;
import fi.silta.referrals.LinkPersonService;
import fi.silta.referrals.api.LinkPersonInput;
import fi.silta.referrals.api.LinkPersonView;
import fi.silta.security.Role;

/** The coordinator keeps the link-persons' profiles: where each works, in which languages, how many cases. */
@Path("/staff/referrals/link-persons")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.COORDINATOR)
class LinkPersonPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Chrome chrome, List<LinkPersonView> people, Form form,
                List<Option> municipalities, List<Option> languages, Map<String, String> labels, Done done);
    }

    private static final String ACTION = "/staff/referrals/link-persons";

    private final PageContext page;
    private final LinkPersonService linkPersons;
    private final Validator validator;

    LinkPersonPages(PageContext page, LinkPersonService linkPersons, Validator validator) {
        this.page = page;
        this.linkPersons = linkPersons;
        this.validator = validator;
    }

    /** The profiles, and the form: empty for a new profile, or filled with the one {@code edit} names. */
    @GET
    public TemplateInstance list(@RestQuery String edit, @RestQuery String done) {
        Map<String, String> values = linkPersons.list().stream().filter(p -> p.username().equals(edit)).findFirst()
                .map(p -> {
                    Map<String, String> filled = new HashMap<>();
                    filled.put("username", p.username());
                    filled.put("displayName", p.displayName());
                    filled.put("email", p.email() == null ? "" : p.email());
                    filled.put("capacity", String.valueOf(p.capacity()));
                    filled.put("municipalities", String.join(",", p.municipalities()));
                    filled.put("languages", String.join(",", p.languages()));
                    return filled;
                }).orElse(Map.of("capacity", "15"));
        return render(Form.fresh(ACTION, values), Done.of(done).orElse(null));
    }

    /** Saves the profile, or shows the form again with a message beside each field to correct. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@BeanParam LinkPersonForm form) {
        LinkPersonInput input = form.toInput();
        FieldMessages messages = new FieldMessages(page.messages(PageMessages.class), text());
        Map<String, String> errors = new LinkedHashMap<>(messages.of(validator.validate(form)));
        messages.of(validator.validate(input)).forEach(errors::putIfAbsent);
        if (errors.isEmpty()) {
            try {
                linkPersons.save(form.username(), input);
                return Done.SAVED.redirect(ACTION);
            } catch (ProblemException e) {
                if (e.status() != 400) {
                    throw e;
                }
                errors.putAll(messages.of(e));
            }
        }
        Form refused = Form.refused(ACTION, form.values(), errors, text().form_has_errors());
        return Response.status(400).entity(render(refused, null)).build();
    }

    private TemplateInstance render(Form form, Done done) {
        ReferralMessages text = text();
        Language language = page.language();
        // Link-persons work within the county whose referrals this instance serves.
        List<Option> municipalities = linkPersons.municipalities(language).stream()
                .map(m -> new Option(m.code(), m.name(), false)).toList();
        List<Option> languages = Arrays.stream(Language.values())
                .map(l -> new Option(l.code(), text.language(l), false)).toList();
        // Profiles name municipalities and languages by their codes; the page names them in its language.
        Map<String, String> labels = new HashMap<>();
        municipalities.forEach(o -> labels.put(o.value(), o.label()));
        languages.forEach(o -> labels.put(o.value(), o.label()));
        return Templates.page(page.staffChrome(text.link_persons_title()), linkPersons.list(), form, municipalities,
                languages, labels, done).setLocale(page.locale());
    }

    private ReferralMessages text() {
        return page.messages(ReferralMessages.class);
    }
}
