package fi.silta.catalogue;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import fi.silta.common.LocalizedText;

/**
 * A target group of the controlled taxonomy (for example older people, family caregivers). Reference data with fi/sv/en labels.
 */
// Reference data, changed only by migrations: kept in the second-level cache, never written by the application.
@Entity
@jakarta.persistence.Cacheable
@org.hibernate.annotations.Immutable
@Table(name = "target_group")
public class TargetGroup {

    @Id
    @KeywordField(aggregable = Aggregable.YES)
    private String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "label_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "label_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "label_en")) })
    private LocalizedText label;

    @Column(name = "sort_order")
    private int sortOrder;

    protected TargetGroup() {
    }

    public String code() {
        return code;
    }

    public LocalizedText label() {
        return label;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
