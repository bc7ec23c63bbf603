package fi.silta.reference;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.silta.common.Language;

/**
 * The names of reference codes in a language, for the features that let people choose among them. Reference
 * entities stay in this feature: callers get codes and names.
 */
@ApplicationScoped
public class ReferenceNames {

    private final MunicipalityRepository municipalities;

    ReferenceNames(MunicipalityRepository municipalities) {
        this.municipalities = municipalities;
    }

    /** Every municipality, in the alphabetical order of the language (Ä and Ö after Z in Finnish and Swedish). */
    @Transactional
    public List<CodeName> municipalities(Language language) {
        Collator order = Collator.getInstance(language.locale());
        return municipalities.listAll().stream().map(m -> new CodeName(m.code(), name(m, language)))
                .sorted(Comparator.comparing(CodeName::name, order)).toList();
    }

    /** The municipality with this code, if there is one. */
    @Transactional
    public Optional<CodeName> municipality(String code, Language language) {
        return municipalities.findByIdOptional(code).map(m -> new CodeName(m.code(), name(m, language)));
    }

    private static String name(Municipality municipality, Language language) {
        String name = municipality.name().resolve(language);
        return name == null ? municipality.code() : name;
    }
}
