package fi.silta.resources;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of a resource's PDF document, in a table of their own so that listing or indexing resources never
 * loads them; read only to serve a download.
 */
@Entity
@Table(name = "resource_document")
public class ResourceDocument {

    @Id
    @Column(name = "resource_id")
    private Long resourceId;
    private byte[] content;
    private String sha256;

    protected ResourceDocument() {
    }

    public ResourceDocument(long resourceId, byte[] content, String sha256) {
        this.resourceId = resourceId;
        this.content = content;
        this.sha256 = sha256;
    }

    public void replace(byte[] content, String sha256) {
        this.content = content;
        this.sha256 = sha256;
    }

    public Long resourceId() {
        return resourceId;
    }

    public byte[] content() {
        return content;
    }

    public String sha256() {
        return sha256;
    }
}
