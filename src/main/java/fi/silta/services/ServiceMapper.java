package fi.silta.services;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.catalogue.ActivityMapper;
import fi.silta.catalogue.CatalogueMessages;
import fi.silta.catalogue.Category;
import fi.silta.catalogue.Place;
import fi.silta.catalogue.TargetGroup;
import fi.silta.catalogue.api.CodeLabel;
import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.search.api.ServiceResult;
import fi.silta.services.api.LongText;
import fi.silta.services.api.NameText;
import fi.silta.services.api.ProfessionalInput;
import fi.silta.services.api.ProfessionalView;
import fi.silta.services.api.ServiceDetail;
import fi.silta.services.api.ServiceEdit;
import fi.silta.services.api.ServiceHit;
import fi.silta.services.api.ServiceInput;
import fi.silta.services.api.ServiceRow;
import fi.silta.services.api.ServiceSheet;
import fi.silta.services.api.ShortText;

/** Builds the services' records from their entities; the only place that reads a service for an answer. */
@ApplicationScoped
public class ServiceMapper {

    private static final int SUMMARY_LENGTH = 300;

    /** What residents read; never anything for professionals only. */
    public ServiceDetail detail(ServiceListing service, Language language) {
        ServiceMessages words = messages(language);
        CatalogueMessages catalogue = MessageBundles.get(CatalogueMessages.class, Localized.Literal.of(language.code()));
        return new ServiceDetail(service.id(), text(service.name(), language), text(service.description(), language),
                text(service.eligibility(), language),
                new CodeLabel(service.access().name(), words.access(service.access())),
                text(service.accessInfo(), language), service.free(),
                service.free() ? words.service_free() : text(service.cost(), language),
                text(service.openingHours(), language), service.infoUrl(), service.contactEmail(),
                service.contactPhone(),
                new CodeLabel(String.valueOf(service.organisation().id()),
                        service.organisation().name().resolve(language)),
                service.area().stream().map(m -> new CodeLabel(m.code(), m.name().resolve(language)))
                        .sorted(Comparator.comparing(CodeLabel::label)).toList(),
                service.locations().stream().sorted(Comparator.comparing(Place::id)).map(p -> location(p, language))
                        .toList(),
                service.categories().stream().sorted(Comparator.comparing(Category::sortOrder))
                        .map(c -> new CodeLabel(c.code(), c.label().resolve(language))).toList(),
                service.targetGroups().stream().sorted(Comparator.comparing(TargetGroup::sortOrder))
                        .map(t -> new CodeLabel(t.code(), t.label().resolve(language))).toList(),
                service.languages().stream().sorted().map(code -> ActivityMapper.languageName(code, language)).toList(),
                service.accessibility().stream().sorted()
                        .map(f -> new CodeLabel(f.name(), catalogue.accessibility(f))).toList());
    }

    public ServiceEdit edit(ServiceListing service, ProfessionalInfo professional, Language language) {
        return new ServiceEdit(service.id(), service.version(), service.status().name(), detail(service, language),
                professional(professional));
    }

    /** Every field in every language, as the publisher's form shows it. */
    public ServiceSheet sheet(ServiceListing service, ProfessionalInfo professional, Language language) {
        String importedFrom = ServiceListing.SOURCE_SILTA.equals(service.source()) ? null : service.source();
        ServiceInput fields = new ServiceInput(service.version(), name(service.name()), longText(service.description()),
                shortText(service.eligibility()), service.access(), shortText(service.accessInfo()), service.free(),
                name(service.cost()), shortText(service.openingHours()), service.infoUrl(), service.contactEmail(),
                service.contactPhone(), service.area().stream().map(m -> m.code()).sorted().toList(),
                service.locations().stream().map(Place::id).sorted().toList(),
                service.categories().stream().map(Category::code).toList(),
                service.targetGroups().stream().map(TargetGroup::code).toList(),
                service.languages().stream().sorted().toList(), service.accessibility().stream().sorted().toList(),
                service.isPublished(), professionalInput(professional));
        return new ServiceSheet(service.id(), service.version(), service.status().name(), service.organisation().id(),
                service.organisation().name().resolve(language), importedFrom, fields);
    }

    public ServiceRow row(ServiceListing service, Language language) {
        return new ServiceRow(service.id(), text(service.name(), language), service.status().name(),
                messages(language).status(service.status()),
                ServiceListing.SOURCE_SILTA.equals(service.source()) ? null : service.source());
    }

    /** What professionals read, as the form that changes it holds it; null when nothing is written. */
    public ProfessionalInput professionalInput(ProfessionalInfo info) {
        if (info == null || info.isEmpty()) {
            return null;
        }
        return new ProfessionalInput(info.howToRefer(), info.contactName(), info.contactPhone(), info.contactEmail(),
                info.waitingTime(), info.notes());
    }

    public ProfessionalView professional(ProfessionalInfo info) {
        if (info == null || info.isEmpty()) {
            return null;
        }
        return new ProfessionalView(info.howToRefer(), info.contactName(), info.contactPhone(), info.contactEmail(),
                info.waitingTime(), info.notes());
    }

    public ServiceHit hit(ServiceListing service, Language language) {
        return new ServiceHit(service.id(), text(service.name(), language),
                summary(text(service.description(), language)), service.organisation().name().resolve(language),
                service.area().stream().map(m -> m.name().resolve(language)).sorted().toList(),
                messages(language).access(service.access()));
    }

    /** A service as the resident search page lists it: how it is got and what it costs, in the language. */
    public ServiceResult result(ServiceListing service, Language language) {
        return new ServiceResult(service.id(), text(service.name(), language),
                summary(text(service.description(), language)), service.organisation().name().resolve(language),
                messages(language).access(service.access()), service.free(),
                service.free() ? null : text(service.cost(), language));
    }

    private static ServiceDetail.ServiceLocation location(Place place, Language language) {
        boolean hidden = place.addressConfidential();
        return new ServiceDetail.ServiceLocation(place.id(), place.name().resolve(language),
                hidden ? null : place.streetAddress(), hidden ? null : place.postalCode(),
                place.municipality() == null ? null : place.municipality().name().resolve(language));
    }

    static ServiceMessages messages(Language language) {
        return MessageBundles.get(ServiceMessages.class, Localized.Literal.of(language.code()));
    }

    /** The description's first 300 characters, cut at a word. */
    static String summary(String description) {
        if (description == null || description.length() <= SUMMARY_LENGTH) {
            return description;
        }
        int cut = description.lastIndexOf(' ', SUMMARY_LENGTH);
        return description.substring(0, cut > 0 ? cut : SUMMARY_LENGTH).strip() + " …";
    }

    private static NameText name(LocalizedText text) {
        return text == null ? null : new NameText(text.fi(), text.sv(), text.en());
    }

    private static ShortText shortText(LocalizedText text) {
        return text == null ? null : new ShortText(text.fi(), text.sv(), text.en());
    }

    private static LongText longText(LocalizedText text) {
        return text == null ? null : new LongText(text.fi(), text.sv(), text.en());
    }

    private static String text(LocalizedText text, Language language) {
        return text == null ? null : text.resolve(language);
    }

    static List<String> codes(List<String> values) {
        return values == null ? List.of() : values;
    }
}
