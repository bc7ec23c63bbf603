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
 * A category of the controlled activity taxonomy (for example physical activity, peer support). Reference data with fi/sv/en
 * labels.
 */
// Reference data, changed only by migrations: kept in the second-level cache, never written by the application.
@Entity
@Cacheable
@Immutable
@Table(name = "category")
public class Category {

    @Id
    private String code;

    @Embedded
    @EmbeddedColumnNaming("label_%s")
    private LocalizedText label;

    @Column(name = "sort_order")
    private int sortOrder;

    protected Category() {
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
