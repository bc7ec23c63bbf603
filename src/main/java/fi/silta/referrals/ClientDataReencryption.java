package fi.silta.referrals;

import java.util.List;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.referrals.api.ReencryptionResult;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * The admin's command after a key change: every client-data value not yet encrypted with the current key (an
 * earlier key's, the first format's, or plain text written before a column was encrypted) is decrypted and
 * encrypted again with the current one, and every identity code's blind index is computed again with the current
 * index key. It works in small batches, each in a transaction of its own, while the application keeps serving; a
 * value someone changes meanwhile is left as they wrote it. Running it again finds nothing left to do.
 */
@ApplicationScoped
public class ClientDataReencryption {

    private static final int BATCH = 200;

    private final EntityManager entityManager;
    private final ClientDataCipher cipher;
    private final AuditLog log;
    private final CurrentUser user;

    ClientDataReencryption(EntityManager entityManager, ClientDataCipher cipher, AuditLog log, CurrentUser user) {
        this.entityManager = entityManager;
        this.cipher = cipher;
        this.log = log;
        this.user = user;
    }

    @RolesAllowed(Role.ADMIN)
    public ReencryptionResult run() {
        int reEncrypted = 0;
        for (EncryptedColumn column : EncryptedColumn.values()) {
            long after = 0;
            while (after >= 0) {
                long from = after;
                Batch batch = QuarkusTransaction.requiringNew().call(() -> reEncrypt(column, from));
                reEncrypted += batch.changed();
                after = batch.last();
            }
        }
        int reindexed = 0;
        long after = 0;
        while (after >= 0) {
            long from = after;
            Batch batch = QuarkusTransaction.requiringNew().call(() -> reindex(from));
            reindexed += batch.changed();
            after = batch.last();
        }
        ReencryptionResult result = new ReencryptionResult(cipher.currentKeyId(), reEncrypted, reindexed);
        String actor = user.username();
        QuarkusTransaction.requiringNew().run(() -> log.record(Trail.CHANGES, AuditEntry.of(actor, Role.ADMIN,
                "re-encrypt", "client_data", null).details(
                        "key " + result.keyId() + ": " + result.reEncrypted()
                                + " values re-encrypted, " + result.reindexed() + " identity code indexes computed again")));
        return result;
    }

    /** How many rows a batch changed, and the last id it read (-1 when there were no more rows). */
    private record Batch(int changed, long last) {
    }

    private Batch reEncrypt(EncryptedColumn column, long after) {
        // Table and column names come from the enum, never from input.
        List<Object[]> rows = rows("SELECT id, " + column.column() + " FROM " + column.table() + " WHERE id > ?1 AND "
                + column.column() + " IS NOT NULL ORDER BY id", after);
        int changed = 0;
        for (Object[] row : rows) {
            String stored = (String) row[1];
            if (!cipher.current(stored)) {
                String again = cipher.encrypt(cipher.decrypt(stored, column), column);
                changed += entityManager.createNativeQuery("UPDATE " + column.table() + " SET " + column.column()
                        + " = ?1 WHERE id = ?2 AND " + column.column() + " = ?3").setParameter(1, again)
                        .setParameter(2, row[0]).setParameter(3, stored).executeUpdate();
            }
        }
        return new Batch(changed, rows.isEmpty() ? -1 : ((Number) rows.get(rows.size() - 1)[0]).longValue());
    }

    private Batch reindex(long after) {
        List<Object[]> rows = rows("SELECT id, client_identity_code, client_code_index FROM referral WHERE id > ?1"
                + " AND client_identity_code IS NOT NULL ORDER BY id", after);
        int changed = 0;
        for (Object[] row : rows) {
            String index = cipher.index(cipher.decrypt((String) row[1], EncryptedColumn.CLIENT_IDENTITY_CODE));
            if (!Objects.equals(index, row[2])) {
                changed += entityManager.createNativeQuery("UPDATE referral SET client_code_index = ?1 WHERE id = ?2")
                        .setParameter(1, index).setParameter(2, row[0]).executeUpdate();
            }
        }
        return new Batch(changed, rows.isEmpty() ? -1 : ((Number) rows.get(rows.size() - 1)[0]).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long after) {
        return entityManager.createNativeQuery(sql).setParameter(1, after).setMaxResults(BATCH).getResultList();
    }
}
