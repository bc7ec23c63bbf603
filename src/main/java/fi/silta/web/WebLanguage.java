package fi.silta.web;

import java.util.Locale;
import java.util.Optional;

import fi.silta.common.Language;

/**
 * The language of a page: an explicit {@code lang} parameter (the language switch), else the remembered
 * choice in the {@value #COOKIE} cookie, else the browser's Accept-Language, else Finnish.
 */
final class WebLanguage {

    static final String COOKIE = "silta_lang";

    private WebLanguage() {
    }

    static Language resolve(String parameter, String cookie, String acceptLanguage) {
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
