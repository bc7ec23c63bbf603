package fi.silta.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A record of the client-data access log the law requires: every read and write of a client's data, allowed or
 * refused. Kept apart from the change trail because it is exported to the client on request and outlives the
 * data it speaks of; append-only in the database.
 */
@Entity
@Immutable
@Table(name = "client_access")
class ClientAccessRecord extends AuditRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_access_seq")
    @SequenceGenerator(name = "client_access_seq", sequenceName = "client_access_id_seq", allocationSize = 50)
    private Long id;

    protected ClientAccessRecord() {
    }

    ClientAccessRecord(AuditEntry entry) {
        super(entry);
    }
}
