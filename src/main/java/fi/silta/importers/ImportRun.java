package fi.silta.importers;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
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

/**
 * One pass over a source's feed: when it ran, how it ended and what it did. While a run is going its counts
 * and heartbeat move on, so an administrator can watch it and another instance can tell a live run from one
 * whose instance died.
 */
@Entity
@Table(name = "import_run")
public class ImportRun {

    private static final int MESSAGE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_seq")
    @SequenceGenerator(name = "import_run_seq", sequenceName = "import_run_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private ImportSource source;

    @Enumerated(EnumType.STRING)
    private RunStatus status = RunStatus.RUNNING;

    @Enumerated(EnumType.STRING)
    private RunTrigger trigger;

    private boolean forced;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** How many records the feed held; unknown until it has been read. */
    private Integer total;

    private int processed;

    @Column(name = "created_count")
    private int created;

    @Column(name = "updated_count")
    private int updated;

    @Column(name = "unchanged_count")
    private int unchanged;

    @Column(name = "archived_count")
    private int archived;

    @Column(name = "failed_count")
    private int failed;

    private String message;

    protected ImportRun() {
    }

    public ImportRun(ImportSource source, RunTrigger trigger, boolean forced, String requestedBy, Instant now) {
        this.source = source;
        this.trigger = trigger;
        this.forced = forced;
        this.requestedBy = requestedBy;
        this.startedAt = now;
        this.heartbeatAt = now;
    }

    public void feedRead(int total, Instant now) {
        this.total = total;
        this.heartbeatAt = now;
    }

    public void progress(RunCounts counts, Instant now) {
        if (status.finished()) {
            throw new IllegalStateException("The run has finished");
        }
        this.created = counts.created();
        this.updated = counts.updated();
        this.unchanged = counts.unchanged();
        this.archived = counts.archived();
        this.failed = counts.failed();
        this.processed = counts.processed();
        this.heartbeatAt = now;
    }

    public void finish(RunStatus status, RunCounts counts, String message, Instant now) {
        if (status == RunStatus.RUNNING) {
            throw new IllegalArgumentException("A finished run needs a final status");
        }
        progress(counts, now);
        this.status = status;
        this.message = truncate(message);
        this.finishedAt = now;
    }

    /** Whether the instance running it seems to have died: no sign of life for longer than the given time. */
    public boolean isAbandoned(Instant now, Duration silence) {
        return status == RunStatus.RUNNING && heartbeatAt.plus(silence).isBefore(now);
    }

    /** Messages quote feed values; control characters (NUL among them, which the database refuses) go. */
    private static String truncate(String message) {
        return Texts.storable(message, MESSAGE_LENGTH);
    }

    public Long id() {
        return id;
    }

    public ImportSource source() {
        return source;
    }

    public RunStatus status() {
        return status;
    }

    public RunTrigger trigger() {
        return trigger;
    }

    public boolean forced() {
        return forced;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant heartbeatAt() {
        return heartbeatAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Integer total() {
        return total;
    }

    public int processed() {
        return processed;
    }

    public RunCounts counts() {
        return new RunCounts(created, updated, unchanged, archived, failed);
    }

    public String message() {
        return message;
    }
}
