package fi.silta.reference;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fi.silta.common.LocalizedText;

/**
 * An area that organises social and health services: one of the 21 wellbeing services counties, the
 * City of Helsinki (which organises them itself) or Åland (outside the reform). Reference data.
 */
@Entity
@Table(name = "county")
public class County {

    public enum Kind {
        WELLBEING_COUNTY,
        CITY_OF_HELSINKI,
        ALAND
    }

    @Id
    @Column(length = 2)
    private String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "name_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "name_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en")) })
    private LocalizedText name;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    protected County() {
    }

    public String code() {
        return code;
    }

    public LocalizedText name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }
}
