package fi.silta.referrals.web;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.PageContext;
import fi.silta.referrals.ClientSheets;
import fi.silta.referrals.PlaceMessages;
import fi.silta.security.Role;

/**
 * The sheet printed for the client, wholly in the client's language whatever the nurse's page is in: large print,
 * the planned session marked, the check-in code with its QR code, and who to call.
 */
@Path("/staff/referrals/{id: [0-9]+}/print")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.NURSE, Role.LINK_PERSON, Role.COORDINATOR })
class ClientSheetPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sheet(Chrome chrome, ClientSheets.Sheet sheet);

        static native TemplateInstance open(Chrome chrome, String path);
    }

    private final PageContext page;
    private final ClientSheets sheets;

    ClientSheetPages(PageContext page, ClientSheets sheets) {
        this.page = page;
        this.sheets = sheets;
    }

    @GET
    public TemplateInstance sheet(@RestPath long id, @HeaderParam("Sec-Fetch-Site") String site) {
        if ("cross-site".equals(site) || "same-site".equals(site)) {
            // As on the case page: a link from elsewhere reads nothing until the user follows it on.
            return Templates.open(page.staffChrome(page.messages(ReferralMessages.class).open_title()),
                    "/staff/referrals/" + id + "/print").setLocale(page.locale());
        }
        ClientSheets.Sheet sheet = sheets.sheet(id);
        Language language = sheet.language();
        Chrome chrome = new Chrome(language.code(), text(language).print_title(), List.of(), true);
        return Templates.sheet(chrome, sheet).setLocale(Locale.forLanguageTag(language.code()));
    }

    private static PlaceMessages text(Language language) {
        return MessageBundles.get(PlaceMessages.class, Localized.Literal.of(language.code()));
    }
}
