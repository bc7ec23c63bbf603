package fi.silta.referrals;

import jakarta.persistence.AttributeConverter;

import io.quarkus.arc.Arc;

/** Stores a client-data column encrypted with {@link ClientDataCipher}; the entity sees plain text. */
public class EncryptedText implements AttributeConverter<String, String> {

    private ClientDataCipher cipher() {
        return Arc.container().instance(ClientDataCipher.class).get();
    }

    @Override
    public String convertToDatabaseColumn(String plain) {
        return plain == null ? null : cipher().encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null ? null : cipher().decrypt(stored);
    }
}
