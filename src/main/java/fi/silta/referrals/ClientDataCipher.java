package fi.silta.referrals;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;

/**
 * Encrypts client data at rest with AES-256-GCM: a fresh 96-bit nonce per value, stored as
 * {@code v1:<base64 nonce+ciphertext+tag>}. A database dump or a backup then holds no names, codes or phone
 * numbers in plain text. The key comes from configuration ({@code silta.referrals.client-data-key}).
 */
// Looked up by the JPA converter, which Hibernate creates outside CDI.
@Unremovable
@ApplicationScoped
public class ClientDataCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final SecretKeySpec indexKey;

    ClientDataCipher(ReferralsConfig config) {
        byte[] bytes = Base64.getDecoder().decode(config.clientDataKey().strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("silta.referrals.client-data-key must be 32 bytes, base64-encoded");
        }
        this.key = new SecretKeySpec(bytes, "AES");
        // A separate key for the blind index, derived from the data key, so the two uses never share a key.
        this.indexKey = new SecretKeySpec(hmac(new SecretKeySpec(bytes, "HmacSHA256"), "silta client index"),
                "HmacSHA256");
    }

    /**
     * A keyed hash of a value (an identity code), to find records by it without storing it readably. Equal
     * values give equal hashes; without the key, the hash reveals nothing, not even by trying every code.
     */
    public String index(String value) {
        return value == null ? null : HexFormat.of().formatHex(hmac(indexKey, value));
    }

    private static byte[] hmac(SecretKeySpec key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /**
     * How many characters {@code plain} takes once encrypted: the prefix, then base64 of the nonce, the text's
     * UTF-8 bytes and the tag. A column holds a text only if this fits, whatever the text's length in characters.
     */
    public static int storedLength(String plain) {
        int sealed = NONCE + plain.getBytes(StandardCharsets.UTF_8).length + TAG_BITS / 8;
        return PREFIX.length() + 4 * ((sealed + 2) / 3);
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Client data could not be encrypted", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("Client data is not in the expected encrypted form");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE));
            return new String(cipher.doFinal(in, NONCE, in.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // The message names no value: the stored text is client data even when encrypted.
            throw new IllegalStateException("Client data could not be decrypted; is the key the one it was written with?");
        }
    }
}
