package fi.silta.catalogue;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.Immutable;

import fi.silta.common.LocalizedText;

/**
 * A target group of the controlled taxonomy (for example older people, family caregivers). Reference data with fi/sv/en labels.
 */
// Reference data, changed only by migrations: kept in the second-level cache, never written by the application.
@Entity
@Cacheable
@Immutable
@Table(name = "target_group")
public class TargetGroup {

    @Id
    private String code;

    @Embedded
    @EmbeddedColumnNaming("label_%s")
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
