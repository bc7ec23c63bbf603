package fi.silta.publishing.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import fi.silta.common.web.FormText;
import fi.silta.publishing.api.Accessibility;
import fi.silta.publishing.api.PlaceInput;
import fi.silta.publishing.api.ShortText;
import fi.silta.publishing.web.Readable.As;

/** The place form as the browser sends it (see {@link ActivityForm}). */
class PlaceForm {

    @RestForm
    @Readable(As.NUMBER)
    String version;
    @RestForm("name.fi")
    String nameFi;
    @RestForm("name.sv")
    String nameSv;
    @RestForm("name.en")
    String nameEn;
    @RestForm
    String streetAddress;
    @RestForm
    String postalCode;
    @RestForm
    String municipality;
    @RestForm
    @Readable(As.DECIMAL)
    String latitude;
    @RestForm
    @Readable(As.DECIMAL)
    String longitude;
    @RestForm
    @OneOf(Accessibility.class)
    List<String> accessibility;
    @RestForm
    String addressConfidential;

    PlaceInput toInput() {
        return new PlaceInput(FormText.wholeNumber(version).orElse(null),
                new ShortText(FormText.text(nameFi), FormText.text(nameSv), FormText.text(nameEn)),
                FormText.text(streetAddress), FormText.text(postalCode), FormText.text(municipality),
                FormText.decimal(latitude).orElse(null), FormText.decimal(longitude).orElse(null),
                FormText.choices(Accessibility.class, accessibility), FormText.flag(addressConfidential));
    }

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", version);
        values.put("name.fi", nameFi);
        values.put("name.sv", nameSv);
        values.put("name.en", nameEn);
        values.put("streetAddress", streetAddress);
        values.put("postalCode", postalCode);
        values.put("municipality", municipality);
        values.put("latitude", latitude);
        values.put("longitude", longitude);
        values.put("accessibility", String.join(",", FormText.list(accessibility)));
        values.put("addressConfidential", addressConfidential);
        values.values().removeIf(value -> value == null);
        return values;
    }
}
