package fi.silta.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A record of the change trail (catalogue, organisations, sources, configuration). Append-only in the database. */
@Entity
@Immutable
@Table(name = "audit_event")
class ChangeRecord extends AuditRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_id_seq", allocationSize = 50)
    private Long id;

    protected ChangeRecord() {
    }

    ChangeRecord(AuditEntry entry) {
        super(entry);
    }
}
