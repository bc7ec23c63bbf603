package fi.silta.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import fi.silta.common.Language;
import fi.silta.security.CsrfToken;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;
import fi.silta.web.Views.Chrome;
import fi.silta.web.Views.Link;
import fi.silta.web.Views.StaffBar;

/**
 * What every staff page needs: the language (chosen as on public pages), the page chrome with the staff
 * navigation for the user's roles, and the anti-forgery token for its forms.
 */
@RequestScoped
class StaffContext {

    private final RoutingContext routing;
    private final CurrentUser user;
    private final CsrfToken csrf;
    private Language language;

    StaffContext(RoutingContext routing, CurrentUser user, CsrfToken csrf) {
        this.routing = routing;
        this.user = user;
        this.csrf = csrf;
    }

    Language language() {
        if (language == null) {
            Cookie cookie = routing.request().getCookie(WebLanguage.COOKIE);
            String chosen = routing.request().getParam("lang");
            language = WebLanguage.resolve(chosen, cookie == null ? null : cookie.getValue(),
                    routing.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            // The language switch is remembered, as on the public pages, so forms answer in it too.
            if (Language.fromCode(chosen).isPresent()) {
                routing.response().addCookie(Cookie.cookie(WebLanguage.COOKIE, language.code()).setPath("/")
                        .setMaxAge(365L * 24 * 3600).setHttpOnly(true).setSameSite(io.vertx.core.http.CookieSameSite.LAX));
            }
        }
        return language;
    }

    Messages msg() {
        return MessageBundles.get(Messages.class, Localized.Literal.of(language().code()));
    }

    StaffMessages staff() {
        return MessageBundles.get(StaffMessages.class, Localized.Literal.of(language().code()));
    }

    AdminMessages admin() {
        return MessageBundles.get(AdminMessages.class, Localized.Literal.of(language().code()));
    }

    ReferralMessages referrals() {
        return MessageBundles.get(ReferralMessages.class, Localized.Literal.of(language().code()));
    }

    SignUpMessages signUp() {
        return MessageBundles.get(SignUpMessages.class, Localized.Literal.of(language().code()));
    }

    CurrentUser user() {
        return user;
    }

    String csrf() {
        return csrf.value();
    }

    Chrome chrome(String title) {
        String path = routing.request().path();
        List<Link> languages = new ArrayList<>();
        for (Language other : Language.values()) {
            languages.add(new Link(path + "?lang=" + other.code(), switch (other) {
                case FI -> "Suomeksi";
                case SV -> "På svenska";
                case EN -> "In English";
            }, other == language()));
        }
        StaffMessages text = staff();
        List<Link> navigation = new ArrayList<>();
        navigation.add(new Link("/staff", text.nav_home(), path.equals("/staff")));
        if (user.has(Role.NURSE) || user.has(Role.LINK_PERSON) || user.has(Role.COORDINATOR)) {
            navigation.add(new Link("/staff/referrals", referrals().nav_referrals(),
                    path.startsWith("/staff/referrals")));
        }
        if (user.has(Role.PUBLISHER) || user.isAdmin()) {
            navigation.add(new Link("/staff/organisations", text.nav_organisations(),
                    path.startsWith("/staff/organisations")));
        }
        if (user.isAdmin()) {
            navigation.add(new Link("/staff/admin", text.nav_admin(), path.startsWith("/staff/admin")));
        }
        return new Chrome(language().code(), title, languages, false,
                new StaffBar(user.username(), navigation, csrf.value()));
    }
}
