package fi.silta.common;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Labels of controlled values (accessibility features, organisation types, flags) in fi, sv and en, from
 * {@code labels/labels_<lang>.properties}. Codes stay in the data; words live here.
 */
public final class Labels {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Labels() {
    }

    /** The label of {@code key} in {@code language}; the key itself if the bundle lacks it, never null. */
    public static String get(String key, Language language) {
        try {
            return bundle(language).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String of(Enum<?> value, Language language) {
        return get(value.getDeclaringClass().getSimpleName() + "." + value.name(), language);
    }

    static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle("labels/labels", Locale.forLanguageTag(language.code()), NO_FALLBACK);
    }

    /** The name of a language (ISO 639 code) in {@code language}, such as "ruotsi" for sv in Finnish. */
    public static String languageName(String isoCode, Language language) {
        String name = Locale.forLanguageTag(isoCode).getDisplayLanguage(language.locale());
        return name.isEmpty() || name.equals(isoCode) ? isoCode : name;
    }
}
