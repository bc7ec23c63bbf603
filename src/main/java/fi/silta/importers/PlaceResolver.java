package fi.silta.importers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.silta.catalogue.Place;
import fi.silta.catalogue.PlaceRepository;
import fi.silta.common.LocalizedText;
import fi.silta.organisations.Organisation;
import fi.silta.reference.Municipality;
import fi.silta.reference.MunicipalityRepository;
import fi.silta.reference.PostalCode;
import fi.silta.reference.PostalCodeRepository;

/**
 * Finds or creates the place of an imported record among the organisation's places, so that forty events in
 * the same parish hall share one place instead of making forty. The municipality comes from the postal code,
 * else the locality's name, else the source's default. A batch of records loads each organisation's places once
 * ({@link Known}) and finds them in memory, the places made for its earlier records among them.
 */
@ApplicationScoped
public class PlaceResolver {

    private final PlaceRepository places;
    private final PostalCodeRepository postalCodes;
    private final MunicipalityRepository municipalities;

    PlaceResolver(PlaceRepository places, PostalCodeRepository postalCodes, MunicipalityRepository municipalities) {
        this.places = places;
        this.postalCodes = postalCodes;
        this.municipalities = municipalities;
    }

    /** The places of one transaction's records, loaded per organisation at its first record there. */
    public static final class Known {
        private final Map<Long, List<Place>> byOrganisation = new HashMap<>();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Place resolve(Known known, Organisation organisation, ImportedPlace imported, String defaultMunicipality) {
        Municipality municipality = municipality(imported, defaultMunicipality);
        String nameKey = Texts.key(first(imported.name()));
        List<Place> ofOrganisation = known.byOrganisation.computeIfAbsent(organisation.id(),
                id -> new ArrayList<>(places.list("organisation = ?1 order by id", organisation)));
        for (Place place : ofOrganisation) {
            boolean samePostalCode = imported.postalCode() == null || place.postalCode() == null
                    || imported.postalCode().equals(place.postalCode());
            boolean sameName = samePostalCode && (nameKey.equals(Texts.key(place.name().fi()))
                    || nameKey.equals(Texts.key(place.name().sv())) || nameKey.equals(Texts.key(place.name().en())));
            if (sameName) {
                update(place, imported, municipality);
                return place;
            }
        }
        Place place = new Place(organisation, imported.name(), municipality);
        update(place, imported, municipality);
        places.persist(place);
        ofOrganisation.add(place);
        return place;
    }

    /** The feed's latest address and coordinates win; what it leaves out stays as it was. */
    private static void update(Place place, ImportedPlace imported, Municipality municipality) {
        String street = imported.streetAddress() != null ? imported.streetAddress() : place.streetAddress();
        String postalCode = imported.postalCode() != null ? imported.postalCode() : place.postalCode();
        Municipality placeMunicipality = municipality != null ? municipality : place.municipality();
        if (!Objects.equals(street, place.streetAddress()) || !Objects.equals(postalCode, place.postalCode())
                || placeMunicipality != place.municipality()) {
            place.setAddress(street, postalCode, placeMunicipality);
        }
        if (imported.latitude() != null && (!imported.latitude().equals(place.latitude())
                || !imported.longitude().equals(place.longitude()))) {
            place.setCoordinates(imported.latitude(), imported.longitude());
        }
    }

    private Municipality municipality(ImportedPlace imported, String defaultMunicipality) {
        if (imported.postalCode() != null) {
            PostalCode postalCode = postalCodes.findById(imported.postalCode());
            if (postalCode != null && postalCode.municipality() != null) {
                return postalCode.municipality();
            }
        }
        // The town a feed names, or a place named only by its town ("Espoo"), when it is a municipality.
        for (String town : new String[] { imported.locality(), first(imported.name()) }) {
            if (town == null) {
                continue;
            }
            Municipality byName = municipalities
                    .find("lower(name.fi) = ?1 or lower(name.sv) = ?1 or lower(name.en) = ?1",
                            town.strip().toLowerCase(Locale.ROOT))
                    .firstResult();
            if (byName != null) {
                return byName;
            }
        }
        return defaultMunicipality == null ? null : municipalities.findById(defaultMunicipality);
    }

    private static String first(LocalizedText text) {
        return text.fi() != null ? text.fi() : text.sv() != null ? text.sv() : text.en();
    }
}
