package fi.silta.publishing.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import fi.silta.common.web.FormText;
import fi.silta.publishing.api.Accessibility;
import fi.silta.publishing.api.ActivityInput;
import fi.silta.publishing.api.DescriptionText;
import fi.silta.publishing.api.EasyReadText;
import fi.silta.publishing.api.RegistrationPolicy;
import fi.silta.publishing.api.ShortText;
import fi.silta.publishing.api.SummaryText;
import fi.silta.publishing.web.Readable.As;

/**
 * The activity editor's form as the browser sends it. Every field is the text as typed, so that a form with
 * errors comes back as the user left it; what cannot even be read is checked here, the rest on the
 * {@link ActivityInput} it becomes, whose constraints the API shares.
 */
class ActivityForm {

    @RestForm
    @Readable(As.NUMBER)
    String version;
    @RestForm("title.fi")
    String titleFi;
    @RestForm("title.sv")
    String titleSv;
    @RestForm("title.en")
    String titleEn;
    @RestForm("summary.fi")
    String summaryFi;
    @RestForm("summary.sv")
    String summarySv;
    @RestForm("summary.en")
    String summaryEn;
    @RestForm("description.fi")
    String descriptionFi;
    @RestForm("description.sv")
    String descriptionSv;
    @RestForm("description.en")
    String descriptionEn;
    @RestForm
    @Readable(As.NUMBER)
    String placeId;
    @RestForm
    String onlineUrl;
    @RestForm
    String ongoing;
    @RestForm
    List<String> categories;
    @RestForm
    List<String> targetGroups;
    @RestForm
    @Readable(As.NUMBER)
    String ageMin;
    @RestForm
    @Readable(As.NUMBER)
    String ageMax;
    @RestForm
    List<String> languages;
    @RestForm
    String free;
    @RestForm("price.fi")
    String priceFi;
    @RestForm("price.sv")
    String priceSv;
    @RestForm("price.en")
    String priceEn;
    @RestForm
    @OneOf(RegistrationPolicy.class)
    String registration;
    @RestForm
    String registrationUrl;
    @RestForm
    String registrationPhone;
    @RestForm
    @Readable(As.NUMBER)
    String capacity;
    @RestForm
    @OneOf(Accessibility.class)
    List<String> accessibility;
    @RestForm
    String infoUrl;
    @RestForm
    String contactName;
    @RestForm
    String contactEmail;
    @RestForm
    String contactPhone;
    @RestForm("easyReadTitle.fi")
    String easyReadTitleFi;
    @RestForm("easyReadTitle.sv")
    String easyReadTitleSv;
    @RestForm("easyReadTitle.en")
    String easyReadTitleEn;
    @RestForm("easyRead.fi")
    String easyReadFi;
    @RestForm("easyRead.sv")
    String easyReadSv;
    @RestForm("easyRead.en")
    String easyReadEn;

    /** What the form says, as the API takes it; a value that could not be read is left out. */
    ActivityInput toInput() {
        return new ActivityInput(FormText.wholeNumber(version).orElse(null),
                new ShortText(FormText.text(titleFi), FormText.text(titleSv), FormText.text(titleEn)),
                new SummaryText(FormText.text(summaryFi), FormText.text(summarySv), FormText.text(summaryEn)),
                new DescriptionText(FormText.text(descriptionFi), FormText.text(descriptionSv),
                        FormText.text(descriptionEn)),
                FormText.wholeNumber(placeId).orElse(null), FormText.text(onlineUrl), FormText.flag(ongoing),
                FormText.list(categories), FormText.list(targetGroups), FormText.integer(ageMin),
                FormText.integer(ageMax), FormText.list(languages), FormText.flag(free),
                new ShortText(FormText.text(priceFi), FormText.text(priceSv), FormText.text(priceEn)),
                FormText.choice(RegistrationPolicy.class, registration).orElse(null), FormText.text(registrationUrl),
                FormText.text(registrationPhone), FormText.integer(capacity),
                FormText.choices(Accessibility.class, accessibility), FormText.text(infoUrl),
                FormText.text(contactName), FormText.text(contactEmail), FormText.text(contactPhone),
                new ShortText(FormText.text(easyReadTitleFi), FormText.text(easyReadTitleSv),
                        FormText.text(easyReadTitleEn)),
                new EasyReadText(FormText.text(easyReadFi), FormText.text(easyReadSv), FormText.text(easyReadEn)));
    }

    /** The fields by their names in the form, several values joined by commas: to show the form again. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", version);
        values.put("title.fi", titleFi);
        values.put("title.sv", titleSv);
        values.put("title.en", titleEn);
        values.put("summary.fi", summaryFi);
        values.put("summary.sv", summarySv);
        values.put("summary.en", summaryEn);
        values.put("description.fi", descriptionFi);
        values.put("description.sv", descriptionSv);
        values.put("description.en", descriptionEn);
        values.put("placeId", placeId);
        values.put("onlineUrl", onlineUrl);
        values.put("ongoing", ongoing);
        values.put("categories", String.join(",", FormText.list(categories)));
        values.put("targetGroups", String.join(",", FormText.list(targetGroups)));
        values.put("ageMin", ageMin);
        values.put("ageMax", ageMax);
        values.put("languages", String.join(",", FormText.list(languages)));
        values.put("free", free);
        values.put("price.fi", priceFi);
        values.put("price.sv", priceSv);
        values.put("price.en", priceEn);
        values.put("registration", registration);
        values.put("registrationUrl", registrationUrl);
        values.put("registrationPhone", registrationPhone);
        values.put("capacity", capacity);
        values.put("accessibility", String.join(",", FormText.list(accessibility)));
        values.put("infoUrl", infoUrl);
        values.put("contactName", contactName);
        values.put("contactEmail", contactEmail);
        values.put("contactPhone", contactPhone);
        values.put("easyReadTitle.fi", easyReadTitleFi);
        values.put("easyReadTitle.sv", easyReadTitleSv);
        values.put("easyReadTitle.en", easyReadTitleEn);
        values.put("easyRead.fi", easyReadFi);
        values.put("easyRead.sv", easyReadSv);
        values.put("easyRead.en", easyReadEn);
        values.values().removeIf(value -> value == null);
        return values;
    }
}
