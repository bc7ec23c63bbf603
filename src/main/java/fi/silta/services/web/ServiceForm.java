package fi.silta.services.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jboss.resteasy.reactive.RestForm;

import fi.silta.common.web.FormText;
import fi.silta.services.AccessMethod;
import fi.silta.services.ServiceFormService;
import fi.silta.services.api.LongText;
import fi.silta.services.api.NameText;
import fi.silta.services.api.ProfessionalInput;
import fi.silta.services.api.ServiceInput;
import fi.silta.services.api.ShortText;

/**
 * A service's form as the browser sends it. Every field is the text as typed, so that a refused form comes back as
 * the user left it; what cannot even be read (a choice the page did not offer, a number that is none) is reported by
 * {@link #unreadable()}, the rest by the constraints of the {@link ServiceInput} it becomes, which the API shares.
 * The {@code professional.*} fields are what only professionals read.
 */
class ServiceForm {

    @RestForm
    String version;
    @RestForm("name.fi")
    String nameFi;
    @RestForm("name.sv")
    String nameSv;
    @RestForm("name.en")
    String nameEn;
    @RestForm("description.fi")
    String descriptionFi;
    @RestForm("description.sv")
    String descriptionSv;
    @RestForm("description.en")
    String descriptionEn;
    @RestForm("eligibility.fi")
    String eligibilityFi;
    @RestForm("eligibility.sv")
    String eligibilitySv;
    @RestForm("eligibility.en")
    String eligibilityEn;
    @RestForm
    String access;
    @RestForm("accessInfo.fi")
    String accessInfoFi;
    @RestForm("accessInfo.sv")
    String accessInfoSv;
    @RestForm("accessInfo.en")
    String accessInfoEn;
    @RestForm
    String free;
    @RestForm("cost.fi")
    String costFi;
    @RestForm("cost.sv")
    String costSv;
    @RestForm("cost.en")
    String costEn;
    @RestForm("openingHours.fi")
    String openingHoursFi;
    @RestForm("openingHours.sv")
    String openingHoursSv;
    @RestForm("openingHours.en")
    String openingHoursEn;
    @RestForm
    String infoUrl;
    @RestForm
    String contactEmail;
    @RestForm
    String contactPhone;
    @RestForm
    List<String> municipalities;
    @RestForm
    List<String> placeIds;
    @RestForm
    List<String> categories;
    @RestForm
    List<String> targetGroups;
    @RestForm
    List<String> languages;
    @RestForm
    List<String> accessibility;
    @RestForm
    String published;
    @RestForm("professional.howToRefer")
    String howToRefer;
    @RestForm("professional.contactName")
    String professionalName;
    @RestForm("professional.contactPhone")
    String professionalPhone;
    @RestForm("professional.contactEmail")
    String professionalEmail;
    @RestForm("professional.waitingTime")
    String waitingTime;
    @RestForm("professional.notes")
    String notes;

    /** The fields whose text cannot be read as what they ask for; each is one of the form's own choices. */
    List<String> unreadable() {
        List<String> fields = new ArrayList<>();
        if (!FormText.blank(version) && FormText.wholeNumber(version).isEmpty()) {
            fields.add("version");
        }
        if (!FormText.blank(access) && accessMethod().isEmpty()) {
            fields.add("access");
        }
        if (FormText.list(placeIds).stream().anyMatch(id -> FormText.wholeNumber(id).isEmpty())) {
            fields.add("placeIds");
        }
        if (!FormText.list(accessibility).stream().allMatch(ServiceFormService::isAccessibility)) {
            fields.add("accessibility");
        }
        return fields;
    }

    /**
     * What the form says, as the API takes it; a value that could not be read is left out.
     *
     * @param publish whether the service is to be (or stay) published
     */
    ServiceInput toInput(boolean publish) {
        return new ServiceInput(FormText.wholeNumber(version).orElse(null),
                new NameText(FormText.text(nameFi), FormText.text(nameSv), FormText.text(nameEn)),
                new LongText(FormText.text(descriptionFi), FormText.text(descriptionSv), FormText.text(descriptionEn)),
                new ShortText(FormText.text(eligibilityFi), FormText.text(eligibilitySv), FormText.text(eligibilityEn)),
                accessMethod().orElse(null),
                new ShortText(FormText.text(accessInfoFi), FormText.text(accessInfoSv), FormText.text(accessInfoEn)),
                FormText.flag(free), new NameText(FormText.text(costFi), FormText.text(costSv), FormText.text(costEn)),
                new ShortText(FormText.text(openingHoursFi), FormText.text(openingHoursSv), FormText.text(openingHoursEn)),
                FormText.text(infoUrl),
                FormText.text(contactEmail), FormText.text(contactPhone), FormText.list(municipalities),
                FormText.list(placeIds).stream().map(FormText::wholeNumber).flatMap(Optional::stream).toList(),
                FormText.list(categories),
                FormText.list(targetGroups), FormText.list(languages),
                ServiceFormService.accessibility(FormText.list(accessibility)), publish,
                new ProfessionalInput(FormText.text(howToRefer), FormText.text(professionalName),
                        FormText.text(professionalPhone),
                        FormText.text(professionalEmail), FormText.text(waitingTime), FormText.text(notes)));
    }

    /** Whether the new service's form asks to publish it at once. */
    boolean publishAtOnce() {
        return FormText.flag(published);
    }

    /** The fields by their names in the form, several values joined by commas: to show the form again. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", version);
        put(values, "name", nameFi, nameSv, nameEn);
        put(values, "description", descriptionFi, descriptionSv, descriptionEn);
        put(values, "eligibility", eligibilityFi, eligibilitySv, eligibilityEn);
        values.put("access", access);
        put(values, "accessInfo", accessInfoFi, accessInfoSv, accessInfoEn);
        values.put("free", free);
        put(values, "cost", costFi, costSv, costEn);
        put(values, "openingHours", openingHoursFi, openingHoursSv, openingHoursEn);
        values.put("infoUrl", infoUrl);
        values.put("contactEmail", contactEmail);
        values.put("contactPhone", contactPhone);
        values.put("municipalities", String.join(",", FormText.list(municipalities)));
        values.put("placeIds", String.join(",", FormText.list(placeIds)));
        values.put("categories", String.join(",", FormText.list(categories)));
        values.put("targetGroups", String.join(",", FormText.list(targetGroups)));
        values.put("languages", String.join(",", FormText.list(languages)));
        values.put("accessibility", String.join(",", FormText.list(accessibility)));
        values.put("published", published);
        values.put("professional.howToRefer", howToRefer);
        values.put("professional.contactName", professionalName);
        values.put("professional.contactPhone", professionalPhone);
        values.put("professional.contactEmail", professionalEmail);
        values.put("professional.waitingTime", waitingTime);
        values.put("professional.notes", notes);
        values.values().removeIf(value -> value == null);
        return values;
    }

    private Optional<AccessMethod> accessMethod() {
        if (FormText.blank(access)) {
            return Optional.empty();
        }
        String name = access.strip().toUpperCase(Locale.ROOT);
        for (AccessMethod method : AccessMethod.values()) {
            if (method.name().equals(name)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    private static void put(Map<String, String> values, String name, String fi, String sv, String en) {
        values.put(name + ".fi", fi);
        values.put(name + ".sv", sv);
        values.put(name + ".en", en);
    }
}
