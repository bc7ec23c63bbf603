package fi.silta.importers;

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

/**
 * One record a run could not import: its id in the feed when it had one, why, and a short excerpt of the
 * raw record so the publisher can find and fix it. Excerpts are cut short; a feed is never stored whole.
 */
@Entity
@Table(name = "import_run_failure")
public class ImportRunFailure {

    static final int REASON_LENGTH = 1000;
    static final int EXCERPT_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_failure_seq")
    @SequenceGenerator(name = "import_run_failure_seq", sequenceName = "import_run_failure_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id")
    private ImportRun run;

    @Column(name = "origin_id")
    private String originId;

    private String reason;

    private String excerpt;

    protected ImportRunFailure() {
    }

    public ImportRunFailure(ImportRun run, RecordFailure failure) {
        this.run = run;
        // Cleaned again here, at the database's door: nothing a feed sent may keep a run from being recorded.
        this.originId = Texts.truncate(Texts.line(failure.originId()), 255);
        String cleanReason = Texts.storable(failure.reason(), REASON_LENGTH);
        this.reason = cleanReason == null ? "could not be imported" : cleanReason;
        this.excerpt = Texts.truncate(Texts.clean(failure.excerpt()), EXCERPT_LENGTH);
    }

    public Long id() {
        return id;
    }

    public ImportRun run() {
        return run;
    }

    public String originId() {
        return originId;
    }

    public String reason() {
        return reason;
    }

    public String excerpt() {
        return excerpt;
    }
}
