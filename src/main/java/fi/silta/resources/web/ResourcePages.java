package fi.silta.resources.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import fi.silta.common.web.Chrome;
import fi.silta.common.web.PageContext;
import fi.silta.resources.ResourceBankService;
import fi.silta.resources.ResourceMessages;

/**
 * The public resource bank: search by words and topic, links and downloads. It lists resources for the public only,
 * whoever looks at it; material for professionals is on the staff pages ({@link StaffResourcePages}).
 */
@Path("/resources")
@Produces(MediaType.TEXT_HTML)
class ResourcePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance bank(Chrome chrome, Listing.Found found);
    }

    private final ResourceBankService bank;
    private final PageContext context;

    ResourcePages(ResourceBankService bank, PageContext context) {
        this.bank = bank;
        this.context = context;
    }

    @GET
    @PermitAll
    public TemplateInstance bank(@RestQuery String q, @RestQuery String topic, @RestQuery String page) {
        ResourceMessages text = context.messages(ResourceMessages.class);
        Listing.Found found = Listing.find(bank, "/resources", q, topic, null, page, false, context.language(), text);
        return Templates.bank(context.chrome(text.bank_title()), found).setLocale(context.locale());
    }
}
