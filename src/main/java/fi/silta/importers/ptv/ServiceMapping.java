package fi.silta.importers.ptv;

import static fi.silta.importers.ptv.PtvJson.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import fi.silta.common.LocalizedText;
import fi.silta.importers.ImportedService;
import fi.silta.importers.KeywordMap;
import fi.silta.importers.RecordException;
import fi.silta.services.AccessMethod;

/** One PTV service (V11VmOpenApiService) as a Silta service; see docs/importers.md for the table. */
final class ServiceMapping {

    /** Words in PTV's user instructions that say how a resident gets the service, in fi, sv and en. */
    private static final List<String> REFERRAL_WORDS = List.of("lähete", "lähetteellä", "lähetteen", "remiss",
            "referral", "referred");
    private static final List<String> APPLY_WORDS = List.of("hakemus", "hakemuksella", "haetaan", "hae ",
            "ansökan", "ansök", "application", "apply");

    private final KeywordMap keywords;
    private final String language;

    ServiceMapping(KeywordMap keywords, String language) {
        this.keywords = keywords;
        this.language = language;
    }

    /** @return null when the service is not for residents (only companies or authorities as target groups) */
    ImportedService service(JsonNode service, Map<String, PtvChannels.Channel> channels, String excerpt) {
        String id = text(service.get("id"));
        if (id == null) {
            throw new RecordException("has no id");
        }
        LocalizedText name = PtvJson.localized(service.path("serviceNames"), "Name", "AlternativeName");
        if (name == null) {
            throw new RecordException("has no name in Finnish, Swedish or English");
        }
        JsonNode descriptions = service.path("serviceDescriptions");
        LocalizedText description = join(PtvJson.localized(descriptions, "Summary", "ShortDescription"),
                PtvJson.localized(descriptions, "Description"));
        LocalizedText instructions = PtvJson.localized(descriptions, "UserInstruction", "ServiceUserInstruction");
        LocalizedText chargeInfo = PtvJson.localized(descriptions, "ChargeTypeAdditionalInfo");
        String chargeType = text(service.get("serviceChargeType"));
        boolean free = "FreeOfCharge".equalsIgnoreCase(chargeType) || "Free".equalsIgnoreCase(chargeType);

        KeywordMap.Matches matches = keywords.matches();
        for (JsonNode serviceClass : service.path("serviceClasses")) {
            matches.ptvCode(text(serviceClass.get("code")), names(serviceClass));
        }
        boolean forResidents = !service.path("targetGroups").isArray() || service.path("targetGroups").isEmpty();
        for (JsonNode group : service.path("targetGroups")) {
            String code = text(group.get("code"));
            forResidents |= code == null || code.toUpperCase(Locale.ROOT).startsWith("KR1");
            matches.ptvCode(code, names(group));
        }
        if (!forResidents) {
            return null;
        }

        List<ImportedService.Location> locations = new ArrayList<>();
        String phone = null;
        String email = null;
        String url = null;
        LocalizedText hours = null;
        boolean applicationChannel = false;
        for (String channelId : PtvImporter.linked(service).keySet()) {
            PtvChannels.Channel channel = channels.get(channelId);
            if (channel == null) {
                continue;
            }
            if (channel.location() != null) {
                locations.add(channel.location());
                hours = hours != null ? hours : channel.hours();
            }
            applicationChannel |= "EChannel".equalsIgnoreCase(channel.type())
                    || "PrintableForm".equalsIgnoreCase(channel.type());
            phone = phone != null ? phone : channel.phone();
            email = email != null ? email : channel.email();
            url = url != null ? url : channel.url();
        }
        Set<String> languages = new TreeSet<>();
        for (JsonNode code : service.path("languages")) {
            String value = text(code);
            if (value != null) {
                languages.add(value.toLowerCase(Locale.ROOT));
            }
        }
        return new ImportedService(id, name, description, PtvJson.languageItems(service.path("requirements")),
                access(service, instructions, applicationChannel), instructions, free, free ? null : chargeInfo,
                url, email, phone, hours, area(service), locations, matches.categories(), matches.targetGroups(), languages,
                excerpt);
    }

    /**
     * How a resident gets the service, from what PTV says (heuristic): a referral or an application named in the
     * user instructions, a permit, an electronic or printable application channel; a market-funded service is
     * ordered; anything else is open.
     */
    private static AccessMethod access(JsonNode service, LocalizedText instructions, boolean applicationChannel) {
        String words = instructions == null ? ""
                : (nz(instructions.fi()) + " " + nz(instructions.sv()) + " " + nz(instructions.en()))
                        .toLowerCase(Locale.ROOT);
        if (REFERRAL_WORDS.stream().anyMatch(words::contains)) {
            return AccessMethod.REFERRAL;
        }
        if (APPLY_WORDS.stream().anyMatch(words::contains) || applicationChannel
                || "PermitOrObligation".equalsIgnoreCase(text(service.get("type")))) {
            return AccessMethod.APPLY;
        }
        if ("MarketFunded".equalsIgnoreCase(text(service.get("fundingType")))) {
            return AccessMethod.ORDER;
        }
        return AccessMethod.OPEN;
    }

    /**
     * The municipalities of a limited service area: municipality areas by their code, regions and hospital
     * districts by the municipalities PTV lists in them. A nationwide service has no area of its own.
     */
    private static Set<String> area(JsonNode service) {
        Set<String> codes = new LinkedHashSet<>();
        String areaType = text(service.get("areaType"));
        if (areaType != null && areaType.toLowerCase(Locale.ROOT).startsWith("nationwide")
                || "WholeCountry".equalsIgnoreCase(areaType) || "WholeCountryExceptAlandIslands".equalsIgnoreCase(areaType)) {
            return codes;
        }
        for (JsonNode area : service.path("areas")) {
            if ("Municipality".equalsIgnoreCase(text(area.get("type")))) {
                codes.add(text(area.get("code")));
            }
            for (JsonNode municipality : area.path("municipalities")) {
                codes.add(text(municipality.get("code")));
            }
        }
        for (JsonNode municipality : service.path("municipalities")) {
            codes.add(text(municipality.get("code")));
        }
        return codes;
    }

    private static String[] names(JsonNode item) {
        List<String> names = new ArrayList<>();
        for (JsonNode name : item.path("name")) {
            String value = text(name.get("value"));
            if (value != null) {
                names.add(value);
            }
        }
        return names.toArray(String[]::new);
    }

    /** The summary, then the description, per language. */
    private static LocalizedText join(LocalizedText summary, LocalizedText description) {
        if (summary == null) {
            return description;
        }
        if (description == null) {
            return summary;
        }
        return LocalizedText.of(join(summary.fi(), description.fi()), join(summary.sv(), description.sv()),
                join(summary.en(), description.en()));
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        if (second == null || second.startsWith(first)) {
            return second == null ? first : second;
        }
        return first + "\n\n" + second;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
