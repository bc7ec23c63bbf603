package fi.silta.publishing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import fi.silta.catalogue.Place;
import fi.silta.catalogue.PlaceRepository;
import fi.silta.common.Inputs;
import fi.silta.common.Language;
import fi.silta.organisations.Organisation;
import fi.silta.publishing.api.Operation;
import fi.silta.publishing.api.PlaceInput;
import fi.silta.publishing.api.PlaceView;
import fi.silta.publishing.api.PublishingRule;
import fi.silta.reference.Municipality;
import fi.silta.reference.MunicipalityRepository;
import fi.silta.reference.PostalCode;
import fi.silta.reference.PostalCodeRepository;

/** The places where an organisation holds its activities, kept by its publishers. */
@ApplicationScoped
public class PlaceService {

    private final PlaceRepository places;
    private final MunicipalityRepository municipalities;
    private final PostalCodeRepository postalCodes;
    private final PublishingAccess access;
    private final PublishingMapper mapper;

    PlaceService(PlaceRepository places, MunicipalityRepository municipalities, PostalCodeRepository postalCodes,
            PublishingAccess access, PublishingMapper mapper) {
        this.places = places;
        this.postalCodes = postalCodes;
        this.municipalities = municipalities;
        this.access = access;
        this.mapper = mapper;
    }

    @Transactional
    public List<PlaceView> places(long organisationId, Language language) {
        access.organisation(organisationId, Operation.READ);
        return places.list("organisation.id = ?1 order by id", organisationId).stream()
                .map(p -> mapper.place(p, language)).toList();
    }

    @Transactional
    public PlaceView place(long id, Language language) {
        return mapper.place(access.place(id, Operation.READ), language);
    }

    /** The organisation that owns a place the user may see. */
    @Transactional
    public long placeOrganisation(long id) {
        return access.place(id, Operation.READ).organisation().id();
    }

    @Transactional
    public PlaceView createPlace(long organisationId, @Valid @NotNull PlaceInput input, Language language) {
        Organisation organisation = access.organisation(organisationId, Operation.CREATE_PLACE);
        Municipality municipality = municipality(input.municipality());
        Place place = new Place(organisation, PublishingMapper.text(input.name()), municipality);
        apply(place, input, municipality);
        places.persist(place);
        places.flush();
        access.recordChange(Operation.CREATE, place);
        return mapper.place(place, language);
    }

    @Transactional
    public PlaceView updatePlace(long id, @Valid @NotNull PlaceInput input, Language language) {
        Place place = access.place(id, Operation.UPDATE);
        Municipality municipality = municipality(input.municipality());
        access.checkVersion(place, input.version(), Operation.UPDATE);
        place.rename(PublishingMapper.text(input.name()));
        apply(place, input, municipality);
        access.touch(place);
        access.recordChange(Operation.UPDATE, place);
        return mapper.place(place, language);
    }

    private Municipality municipality(String code) {
        Municipality municipality = municipalities.findById(code.strip());
        if (municipality == null) {
            PublishingAccess.reject(List.of(ActivityValidator.error("municipality", PublishingRule.UNKNOWN_CODE,
                    "Unknown municipality code")));
        }
        return municipality;
    }

    private void apply(Place place, PlaceInput input, Municipality municipality) {
        place.setAddress(Inputs.clean(input.streetAddress()), Inputs.clean(input.postalCode()), municipality);
        Double latitude = input.latitude();
        Double longitude = input.longitude();
        if (latitude == null && longitude == null && input.postalCode() != null) {
            // Found by address: without typed coordinates the place is put at the centre of its postal code
            // area, close enough for "nearest first" and a map link; a publisher may still give exact ones.
            PostalCode area = postalCodes.findById(input.postalCode().strip());
            if (area != null) {
                latitude = area.latitude();
                longitude = area.longitude();
            }
        }
        place.setCoordinates(latitude, longitude);
        place.setAccessibility(PublishingMapper.features(input.accessibility()));
        place.setAddressConfidential(input.addressConfidential());
    }
}
