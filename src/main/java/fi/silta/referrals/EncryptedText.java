package fi.silta.referrals;

import jakarta.persistence.AttributeConverter;

import io.quarkus.arc.Arc;

/**
 * Stores a client-data column encrypted with {@link ClientDataCipher}, bound to that column; the entity sees plain
 * text. One converter per column, since the column is part of what each value is encrypted with.
 */
public abstract class EncryptedText implements AttributeConverter<String, String> {

    private final EncryptedColumn column;
    // Looked up once: the converter lives as long as Hibernate, which lives as long as the application's beans.
    private volatile ClientDataCipher cipher;

    EncryptedText(EncryptedColumn column) {
        this.column = column;
    }

    private ClientDataCipher cipher() {
        ClientDataCipher found = cipher;
        if (found == null) {
            found = Arc.container().instance(ClientDataCipher.class).get();
            cipher = found;
        }
        return found;
    }

    @Override
    public String convertToDatabaseColumn(String plain) {
        return plain == null ? null : cipher().encrypt(plain, column);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null ? null : cipher().decrypt(stored, column);
    }

    public static final class FirstName extends EncryptedText {
        public FirstName() {
            super(EncryptedColumn.CLIENT_FIRST_NAME);
        }
    }

    public static final class LastName extends EncryptedText {
        public LastName() {
            super(EncryptedColumn.CLIENT_LAST_NAME);
        }
    }

    public static final class IdentityCode extends EncryptedText {
        public IdentityCode() {
            super(EncryptedColumn.CLIENT_IDENTITY_CODE);
        }
    }

    public static final class Phone extends EncryptedText {
        public Phone() {
            super(EncryptedColumn.CLIENT_PHONE);
        }
    }

    public static final class Email extends EncryptedText {
        public Email() {
            super(EncryptedColumn.CLIENT_EMAIL);
        }
    }

    public static final class Interests extends EncryptedText {
        public Interests() {
            super(EncryptedColumn.INTERESTS);
        }
    }

    public static final class LinkPersonReason extends EncryptedText {
        public LinkPersonReason() {
            super(EncryptedColumn.LINK_PERSON_REASON);
        }
    }

    public static final class EventReason extends EncryptedText {
        public EventReason() {
            super(EncryptedColumn.EVENT_REASON);
        }
    }

    public static final class ContactNote extends EncryptedText {
        public ContactNote() {
            super(EncryptedColumn.CONTACT_NOTE);
        }
    }

    public static final class WellbeingAnswers extends EncryptedText {
        public WellbeingAnswers() {
            super(EncryptedColumn.WELLBEING_ANSWERS);
        }
    }
}
