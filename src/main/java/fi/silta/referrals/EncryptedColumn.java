package fi.silta.referrals;

/**
 * Every column that holds client data encrypted. Each value is bound to its column (the column's name is the
 * cipher's associated data), so a value copied into another column, say an identity code into a name, no longer
 * decrypts. The re-encryption command walks these columns.
 */
enum EncryptedColumn {

    CLIENT_FIRST_NAME("referral", "client_first_name", false),
    CLIENT_LAST_NAME("referral", "client_last_name", false),
    CLIENT_IDENTITY_CODE("referral", "client_identity_code", false),
    CLIENT_PHONE("referral", "client_phone", false),
    CLIENT_EMAIL("referral", "client_email", false),
    INTERESTS("referral", "interests", true),
    LINK_PERSON_REASON("referral", "link_person_reason", true),
    EVENT_REASON("referral_event", "reason", true),
    CONTACT_NOTE("referral_contact", "note", false),
    WELLBEING_ANSWERS("wellbeing_answer", "answers", false);

    private final String table;
    private final String column;
    private final boolean mayHoldPlainText;

    EncryptedColumn(String table, String column, boolean mayHoldPlainText) {
        this.table = table;
        this.column = column;
        this.mayHoldPlainText = mayHoldPlainText;
    }

    String table() {
        return table;
    }

    String column() {
        return column;
    }

    /** The associated data its values are encrypted with. */
    String associatedData() {
        return "silta:" + table + "." + column;
    }

    /**
     * Whether rows written before the column was encrypted may still hold plain text (marked {@code plain:} by
     * the migration that began encrypting it) until the re-encryption command has run.
     */
    boolean mayHoldPlainText() {
        return mayHoldPlainText;
    }
}
