package fi.silta.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.EmbeddedColumnNaming;

import fi.silta.common.LocalizedText;
import fi.silta.organisations.Organisation;
import fi.silta.reference.Municipality;

/**
 * Where activities are held. A confidential place (a shelter, a peer group for survivors of violence)
 * never shows its street address or coordinates to the public: residents are told to ask for it.
 */
@Entity
@Table(name = "place")
public class Place {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "place_seq")
    @SequenceGenerator(name = "place_seq", sequenceName = "place_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Embedded
    @EmbeddedColumnNaming("name_%s")
    private LocalizedText name;

    @Column(name = "street_address")
    private String streetAddress;

    @Column(name = "postal_code")
    private String postalCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_code")
    private Municipality municipality;

    private Double latitude;
    private Double longitude;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "place_accessibility", joinColumns = @JoinColumn(name = "place_id"))
    @Column(name = "feature")
    @Enumerated(EnumType.STRING)
    private Set<AccessibilityFeature> accessibility = EnumSet.noneOf(AccessibilityFeature.class);

    @Column(name = "address_confidential")
    private boolean addressConfidential;

    @Version
    private long version;

    /** The activities held here; the index follows a place's changes to them. */
    @OneToMany(mappedBy = "place")
    private List<Activity> activities = new ArrayList<>();

    protected Place() {
    }

    public Place(Organisation organisation, LocalizedText name, Municipality municipality) {
        this.organisation = organisation;
        rename(name);
        this.municipality = municipality;
    }

    public void rename(LocalizedText name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("A place needs a name in at least one language");
        }
        this.name = name;
    }

    public void setAddress(String streetAddress, String postalCode, Municipality municipality) {
        this.streetAddress = streetAddress;
        this.postalCode = postalCode;
        this.municipality = municipality;
    }

    public void setCoordinates(Double latitude, Double longitude) {
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("Coordinates need both latitude and longitude");
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
            throw new IllegalArgumentException("Coordinates out of range");
        }
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public void setAccessibility(Set<AccessibilityFeature> features) {
        accessibility.clear();
        accessibility.addAll(features);
    }

    public void setAddressConfidential(boolean addressConfidential) {
        this.addressConfidential = addressConfidential;
    }

    public long version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public LocalizedText name() {
        return name;
    }

    public String streetAddress() {
        return streetAddress;
    }

    public String postalCode() {
        return postalCode;
    }

    public Municipality municipality() {
        return municipality;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public Set<AccessibilityFeature> accessibility() {
        return accessibility;
    }

    public boolean addressConfidential() {
        return addressConfidential;
    }
}
