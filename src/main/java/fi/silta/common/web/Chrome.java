package fi.silta.common.web;

import java.util.List;

/**
 * What every page shows around its content: its language, title and the language switch; {@code staff} only on
 * signed-in staff pages.
 */
public record Chrome(String lang, String title, List<LanguageLink> languages, boolean print, StaffBar staff) {

    public Chrome(String lang, String title, List<LanguageLink> languages, boolean print) {
        this(lang, title, languages, print, null);
    }
}
