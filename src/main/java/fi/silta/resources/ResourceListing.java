package fi.silta.resources;

import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import fi.silta.catalogue.Timestamped;
import fi.silta.common.LocalizedText;
import fi.silta.organisations.Organisation;

/**
 * A guide, form or training material of the resource bank: a title and description in fi, sv and en, a topic, an
 * audience, the organisation that keeps it (none: the county itself) and either an https link or a PDF document
 * whose bytes are a {@link ResourceDocument} of their own (here only its name, size and SHA-256).
 */
// Indexed in its own index, as services are (decision 0010): LocalizedText brings the Finnish-grade analysers.
@Entity
@Table(name = "resource")
@Indexed(index = "resource")
public class ResourceListing extends Timestamped {

    @Id
    @GenericField(name = "id_sort", sortable = Sortable.YES, searchable = Searchable.NO)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resource_seq")
    @SequenceGenerator(name = "resource_seq", sequenceName = "resource_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Embedded
    @EmbeddedColumnNaming("title_%s")
    @IndexedEmbedded
    private LocalizedText title;
    @Embedded
    @EmbeddedColumnNaming("description_%s")
    @IndexedEmbedded
    private LocalizedText description;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private ResourceTopic topic;
    @Enumerated(EnumType.STRING)
    @KeywordField
    private ResourceAudience audience;

    @Column(name = "link_url")
    private String linkUrl;
    @Column(name = "document_name")
    private String documentName;
    @Column(name = "document_size")
    private Integer documentSize;
    @Column(name = "document_sha256")
    private String documentSha256;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private ResourceStatus status = ResourceStatus.DRAFT;

    protected ResourceListing() {
    }

    /** A draft kept by the organisation, or by the county when {@code organisation} is null. */
    public ResourceListing(Organisation organisation) {
        this.organisation = organisation;
    }

    public void describe(LocalizedText title, LocalizedText description, ResourceTopic topic,
            ResourceAudience audience) {
        this.title = title;
        this.description = description;
        this.topic = topic;
        this.audience = audience;
    }

    /** The resource is a link; a document it had is dropped (the caller deletes its bytes). */
    public void linkTo(String url) {
        this.linkUrl = url;
        this.documentName = null;
        this.documentSize = null;
        this.documentSha256 = null;
    }

    /** The resource is a document of this name, size and digest; a link it had is dropped. */
    public void holdDocument(String name, int size, String sha256) {
        this.linkUrl = null;
        this.documentName = name;
        this.documentSize = size;
        this.documentSha256 = sha256;
    }

    public boolean hasContent() {
        return linkUrl != null || documentName != null;
    }

    public void publish() {
        status = ResourceStatus.PUBLISHED;
    }

    public void archive() {
        status = ResourceStatus.ARCHIVED;
    }

    public boolean isPublished() {
        return status == ResourceStatus.PUBLISHED;
    }

    public Long id() {
        return id;
    }

    /** The keeping organisation; null for the county's own resources. */
    public Organisation organisation() {
        return organisation;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText description() {
        return description;
    }

    public ResourceTopic topic() {
        return topic;
    }

    public ResourceAudience audience() {
        return audience;
    }

    public String linkUrl() {
        return linkUrl;
    }

    public String documentName() {
        return documentName;
    }

    public Integer documentSize() {
        return documentSize;
    }

    public String documentSha256() {
        return documentSha256;
    }

    public ResourceStatus status() {
        return status;
    }
}
