package fi.silta.common;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Silta is written and searched in. */
public enum Language {
    FI,
    SV,
    EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** Where to look when a text is missing in this language: the national languages first. */
    public List<Language> fallbacks() {
        return switch (this) {
            case FI -> List.of(SV, EN);
            case SV -> List.of(FI, EN);
            case EN -> List.of(FI, SV);
        };
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
