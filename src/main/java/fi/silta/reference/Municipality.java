package fi.silta.reference;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import fi.silta.common.LocalizedText;

/** A municipality (kunta, kommun) by its three-digit Statistics Finland code. Reference data. */
// Reference data, changed only by migrations: kept in the second-level cache, never written by the application.
@Entity
@jakarta.persistence.Cacheable
@org.hibernate.annotations.Immutable
@Table(name = "municipality")
public class Municipality {

    @Id
    @Column(length = 3)
    private String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "name_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "name_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en")) })
    private LocalizedText name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_code")
    private County county;

    protected Municipality() {
    }

    public String code() {
        return code;
    }

    public LocalizedText name() {
        return name;
    }

    public County county() {
        return county;
    }
}
