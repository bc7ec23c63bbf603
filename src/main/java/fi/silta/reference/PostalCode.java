package fi.silta.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A postal code with the approximate centre of its area (GeoNames, CC BY 4.0), so that "near me" works
 * from a postal code without any network geocoder.
 */
// Reference data, changed only by migrations: kept in the second-level cache, never written by the application.
@Entity
@jakarta.persistence.Cacheable
@org.hibernate.annotations.Immutable
@Table(name = "postal_code")
public class PostalCode {

    @Id
    @Column(length = 5)
    private String code;

    @Column(name = "place_name")
    private String placeName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_code")
    private Municipality municipality;

    private double latitude;
    private double longitude;

    protected PostalCode() {
    }

    public String code() {
        return code;
    }

    public String placeName() {
        return placeName;
    }

    public Municipality municipality() {
        return municipality;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }
}
