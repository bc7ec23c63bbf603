package fi.silta.importers;

import java.util.List;
import java.util.Locale;
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
 * else the locality's name, else the source's default.
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

    @Transactional(Transactional.TxType.MANDATORY)
    public Place resolve(Organisation organisation, ImportedPlace imported, String defaultMunicipality) {
        Municipality municipality = municipality(imported, defaultMunicipality);
        String nameKey = Texts.key(first(imported.name()));
        for (Place place : candidates(organisation, imported.postalCode())) {
            boolean sameName = nameKey.equals(Texts.key(place.name().fi()))
                    || nameKey.equals(Texts.key(place.name().sv())) || nameKey.equals(Texts.key(place.name().en()));
            boolean samePostalCode = imported.postalCode() == null || place.postalCode() == null
                    || imported.postalCode().equals(place.postalCode());
            if (sameName && samePostalCode) {
                update(place, imported, municipality);
                return place;
            }
        }
        Place place = new Place(organisation, imported.name(), municipality);
        update(place, imported, municipality);
        places.persist(place);
        return place;
    }

    /**
     * The organisation's places that can be the imported one: with the same postal code or none, when the record
     * has one. Only these are loaded, so an import into an organisation with many places stays quick.
     */
    private List<Place> candidates(Organisation organisation, String postalCode) {
        if (postalCode == null) {
            return places.list("organisation = ?1 order by id", organisation);
        }
        return places.list("organisation = ?1 and (postalCode = ?2 or postalCode is null) order by id", organisation,
                postalCode);
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
