package fi.silta.referrals;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;

/**
 * Encrypts client data at rest with AES-256-GCM: a fresh 96-bit nonce per value, the value bound to its column
 * (associated data), stored as {@code v2:<key id>:<base64 nonce+ciphertext+tag>}. A database dump or a backup then
 * holds no names, codes, notes or phone numbers in plain text, and a value moved to another column fails to decrypt.
 * <p>
 * Keys rotate: the current key ({@code silta.referrals.client-data-key}, with its id) encrypts; earlier keys
 * ({@code previous-client-data-keys}) still decrypt what they wrote, until the admin's re-encryption command has
 * rewritten it with the current one. Values of the first format ({@code v1:}, no key id, no associated data) are
 * read with whichever configured key opens them. The blind index of identity codes has a key of its own
 * ({@code client-index-key}), so rotating the data key leaves lookups working.
 * <p>
 * Created at start-up so that a production instance configured with a key published in this repository (the
 * local run's) refuses to start instead of protecting real client data with it.
 */
// Looked up by the JPA converter, which Hibernate creates outside CDI.
@Unremovable
@Startup
@ApplicationScoped
public class ClientDataCipher {

    /** Keys in this repository's configuration for the local run and the tests: never for real data. */
    static final Set<String> PUBLISHED_KEYS = Set.of("4vSR27yCA8SZIgHhqi9zNEzvqczPhagFct5D4rM1FQo=",
            "fzUUx8vCIQ21KGHjUuVX8jX2uckeDTHZaa0VAsIm1hg=", "nX6uTg/nS04sMIz1pEzX+H/1gEMm5ObBCsNZ/JkghM0=");

    private static final String V1 = "v1:";
    private static final String V2 = "v2:";
    private static final String PLAIN = "plain:";
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    // A cipher and a MAC per thread, initialised anew for each value: looking them up for every field costs more
    // than the encryption itself.
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(ClientDataCipher::newCipher);
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(ClientDataCipher::newMac);

    private final String currentId;
    private final Map<String, SecretKeySpec> keys;
    private final SecretKeySpec indexKey;

    @Inject
    ClientDataCipher(ReferralsConfig config) {
        this(config, LaunchMode.current() == LaunchMode.NORMAL);
    }

    ClientDataCipher(ReferralsConfig config, boolean production) {
        String refusal = refusal(config, production);
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
        this.currentId = config.clientDataKeyId().strip();
        this.keys = new LinkedHashMap<>();
        keys.put(currentId, new SecretKeySpec(decode(config.clientDataKey()), "AES"));
        for (String entry : config.previousClientDataKeys().orElse(List.of())) {
            String[] idAndKey = entry.strip().split(":", 2);
            keys.putIfAbsent(idAndKey[0], new SecretKeySpec(decode(idAndKey[1]), "AES"));
        }
        this.indexKey = new SecretKeySpec(decode(config.clientIndexKey()), "HmacSHA256");
    }

    /**
     * Why the keys cannot be used, or null: each must be 32 bytes in base64 with an id of letters, digits, '-' and
     * '_'; the index key must differ from every data key; in production none may be one this repository publishes.
     * The message names settings, never key material.
     */
    static String refusal(ReferralsConfig config, boolean production) {
        List<String> dataKeys = new ArrayList<>();
        dataKeys.add(config.clientDataKey().strip());
        if (!KEY_ID.matcher(config.clientDataKeyId().strip()).matches()) {
            return "silta.referrals.client-data-key-id must be 1-32 letters, digits, '-' or '_'";
        }
        for (String entry : config.previousClientDataKeys().orElse(List.of())) {
            String[] idAndKey = entry.strip().split(":", 2);
            if (idAndKey.length != 2 || !KEY_ID.matcher(idAndKey[0]).matches()) {
                return "silta.referrals.previous-client-data-keys must be a comma-separated list of <key id>:<key>";
            }
            dataKeys.add(idAndKey[1].strip());
        }
        List<String> all = new ArrayList<>(dataKeys);
        all.add(config.clientIndexKey().strip());
        for (String key : all) {
            if (!wellFormed(key)) {
                return "silta.referrals.client-data-key, previous-client-data-keys and client-index-key must each be"
                        + " 32 bytes, base64-encoded";
            }
        }
        if (dataKeys.contains(config.clientIndexKey().strip())) {
            return "silta.referrals.client-index-key must be a key of its own, not a client-data key";
        }
        if (production && all.stream().anyMatch(PUBLISHED_KEYS::contains)) {
            return "A client-data or index key is one published in Silta's source code (the local run's); production"
                    + " needs keys of its own: openssl rand -base64 32";
        }
        return null;
    }

    private static boolean wellFormed(String key) {
        try {
            return Base64.getDecoder().decode(key).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] decode(String key) {
        return Base64.getDecoder().decode(key.strip());
    }

    /**
     * A keyed hash of a value (an identity code), to find records by it without storing it readably. Equal
     * values give equal hashes; without the index key, the hash reveals nothing, not even by trying every code.
     */
    public String index(String value) {
        if (value == null) {
            return null;
        }
        try {
            Mac mac = MACS.get();
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** The value encrypted with the current key, bound to its column. */
    String encrypt(String plain, EncryptedColumn column) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(column.associatedData().getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return V2 + currentId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Client data could not be encrypted", e);
        }
    }

    /** The plain value of what the column holds, whichever configured key and format wrote it. */
    String decrypt(String stored, EncryptedColumn column) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith(PLAIN) && column.mayHoldPlainText()) {
            return stored.substring(PLAIN.length());
        }
        // The messages name no value: the stored text is client data even when encrypted.
        if (stored.startsWith(V2)) {
            int end = stored.indexOf(':', V2.length());
            SecretKeySpec key = end < 0 ? null : keys.get(stored.substring(V2.length(), end));
            if (key == null) {
                throw new IllegalStateException("Client data was written with a key that is not configured");
            }
            return open(key, stored.substring(end + 1), column.associatedData());
        }
        if (stored.startsWith(V1)) {
            for (SecretKeySpec key : keys.values()) {
                try {
                    return open(key, stored.substring(V1.length()), null);
                } catch (IllegalStateException e) {
                    // Not this key's; try the next one.
                }
            }
        }
        throw new IllegalStateException("Client data could not be decrypted; is its key configured?");
    }

    /** Whether the stored value is already encrypted with the current key in the current format. */
    boolean current(String stored) {
        return stored == null || stored.startsWith(V2 + currentId + ":");
    }

    String currentKeyId() {
        return currentId;
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private static Mac newMac() {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private static String open(SecretKeySpec key, String base64, String associatedData) {
        try {
            byte[] in = Base64.getDecoder().decode(base64);
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE));
            if (associatedData != null) {
                cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            }
            return new String(cipher.doFinal(in, NONCE, in.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Client data could not be decrypted; is its key configured?");
        }
    }
}
