package fi.silta.importers;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fi.silta.catalogue.Activity;

/**
 * Where an activity came from: one record of one source, by the source's own id. An activity published by
 * two sources has two origins; its content comes from the primary one, the other only vouches for it. The
 * content hash lets a run skip records that have not changed.
 */
@Entity
@Table(name = "activity_origin")
public class ActivityOrigin {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_origin_seq")
    @SequenceGenerator(name = "activity_origin_seq", sequenceName = "activity_origin_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private ImportSource source;

    @Column(name = "origin_id")
    private String originId;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "match_key")
    private String matchKey;

    @Column(name = "primary_origin")
    private boolean primary;

    @Column(name = "first_seen_at")
    private Instant firstSeenAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "gone_at")
    private Instant goneAt;

    @Version
    private long version;

    protected ActivityOrigin() {
    }

    public ActivityOrigin(Activity activity, ImportSource source, String originId, String contentHash,
            String matchKey, boolean primary, Instant now) {
        this.activity = activity;
        this.source = source;
        this.originId = originId;
        this.contentHash = contentHash;
        this.matchKey = matchKey;
        this.primary = primary;
        this.firstSeenAt = now;
        this.changedAt = now;
    }

    /** The record arrived again with different content (or came back after leaving the feed). */
    public void changed(String contentHash, String matchKey, Instant now) {
        this.contentHash = contentHash;
        this.matchKey = matchKey;
        this.changedAt = now;
        this.goneAt = null;
    }

    public void gone(Instant now) {
        this.goneAt = now;
    }

    /** Makes this origin the one the activity's content comes from; its next run writes the content again. */
    public void promote() {
        this.primary = true;
        this.contentHash = "";
    }

    public void demote() {
        this.primary = false;
    }

    public boolean live() {
        return goneAt == null;
    }

    public Long id() {
        return id;
    }

    public Activity activity() {
        return activity;
    }

    public ImportSource source() {
        return source;
    }

    public String originId() {
        return originId;
    }

    public String contentHash() {
        return contentHash;
    }

    public String matchKey() {
        return matchKey;
    }

    public boolean primary() {
        return primary;
    }

    public Instant firstSeenAt() {
        return firstSeenAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Instant goneAt() {
        return goneAt;
    }
}
