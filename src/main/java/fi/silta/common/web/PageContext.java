package fi.silta.common.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import fi.silta.common.Language;

/**
 * What every page needs, decided in one place: the page's language and the chrome around its content.
 * <p>
 * The language is an explicit {@code lang} parameter (the language switch, remembered in the {@value #COOKIE}
 * cookie so that forms answer in it too), else that cookie, else the browser's Accept-Language, else Finnish.
 */
@RequestScoped
public class PageContext {

    public static final String COOKIE = "silta_lang";

    private final RoutingContext routing;
    private final SecurityIdentity identity;
    private final Instance<StaffNavigation> navigation;
    private Language language;

    PageContext(RoutingContext routing, SecurityIdentity identity, Instance<StaffNavigation> navigation) {
        this.routing = routing;
        this.identity = identity;
        this.navigation = navigation;
    }

    public Language language() {
        if (language == null) {
            Cookie cookie = routing.request().getCookie(COOKIE);
            String chosen = routing.request().getParam("lang");
            language = resolve(chosen, cookie == null ? null : cookie.getValue(),
                    routing.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            if (Language.fromCode(chosen).isPresent()) {
                routing.response().addCookie(Cookie.cookie(COOKIE, language.code()).setPath("/")
                        .setMaxAge(365L * 24 * 3600).setHttpOnly(true).setSameSite(CookieSameSite.LAX));
            }
        }
        return language;
    }

    /**
     * A page that knows its reader's language (a client's own link) speaks it unless the language switch chose
     * another on this request; the remembered choice and the browser's wish give way to it.
     */
    public void preferLanguage(Language preferred) {
        if (language == null && Language.fromCode(routing.request().getParam("lang")).isEmpty()) {
            language = preferred;
        }
    }

    /**
     * Whether the signed-in user is Silta's admin (the role named {@code admin}; {@code common} names no feature's
     * types): a refusal does not tell the admin to ask the admin.
     */
    boolean admin() {
        return !identity.isAnonymous() && identity.hasRole("admin");
    }

    public Locale locale() {
        return language().locale();
    }

    /** A message bundle in the page's language. */
    public <T> T messages(Class<T> bundle) {
        return MessageBundles.get(bundle, Localized.Literal.of(language().code()));
    }

    /** The chrome of a public page: the language switch keeps the rest of the address. */
    public Chrome chrome(String title) {
        return new Chrome(language().code(), title, languageSwitch(), false);
    }

    /** The chrome of a print view: no navigation, no switch. */
    public Chrome printChrome(String title) {
        return new Chrome(language().code(), title, List.of(), true);
    }

    /** The chrome of a staff page: the public one plus the navigation the user's roles reach. */
    public Chrome staffChrome(String title) {
        String path = routing.request().path();
        List<Link> links = navigation.stream().sorted(Comparator.comparingInt(StaffNavigation::order))
                .map(entry -> entry.link(identity.getRoles(), language(), path)).flatMap(Optional::stream).toList();
        List<Link> all = new ArrayList<>();
        all.add(new Link("/staff", messages(PageMessages.class).nav_home(), path.equals("/staff")));
        all.addAll(links);
        String username = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        return new Chrome(language().code(), title, languageSwitch(), false, new StaffBar(username, all));
    }

    /** The current address in each language; query parameters other than {@code lang} are kept. */
    private List<LanguageLink> languageSwitch() {
        String path = routing.request().path();
        StringBuilder kept = new StringBuilder();
        routing.queryParams().forEach(entry -> {
            if (!entry.getKey().equals("lang")) {
                kept.append('&').append(QueryStrings.encode(entry.getKey())).append('=')
                        .append(QueryStrings.encode(entry.getValue()));
            }
        });
        List<LanguageLink> languages = new ArrayList<>();
        for (Language other : Language.values()) {
            languages.add(new LanguageLink(other.code(), path + "?lang=" + other.code() + kept, switch (other) {
                case FI -> "Suomeksi";
                case SV -> "På svenska";
                case EN -> "In English";
            }, other == language()));
        }
        return languages;
    }

    /** The language of a request, from the switch, the remembered choice and the browser, in that order. */
    public static Language resolve(String parameter, String cookie, String acceptLanguage) {
        return Language.fromCode(parameter)
                .or(() -> Language.fromCode(cookie))
                .or(() -> fromAcceptLanguage(acceptLanguage))
                .orElse(Language.FI);
    }

    private static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange();
                Optional<Language> language = Language.fromCode(tag.length() >= 2 ? tag.substring(0, 2) : tag);
                if (language.isPresent() && range.getWeight() > 0) {
                    return language;
                }
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
