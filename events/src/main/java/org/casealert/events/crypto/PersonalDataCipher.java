package org.casealert.events.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals personal data with AES-256-GCM under one hop's key ring. A sealed value reads {@code enc2:<hop>:<key
 * id>:<base64url(nonce ‖ ciphertext ‖ tag)>}: every value has its own random nonce and names its hop and the key
 * that sealed it, so keys can rotate (new values take the active key, older keys still open old ones until the
 * re-seal job has moved them). The hop and the context (a record id) are bound as associated data, so a value
 * opens neither under another hop's ring nor for another record.
 */
public final class PersonalDataCipher {

    private static final String PREFIX = "enc2";
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Hop hop;
    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private final String activeKeyId;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param hop the hop this ring seals for
     * @param keys key id to raw 32-byte key
     * @param activeKeyId the key new values are sealed with
     */
    public PersonalDataCipher(Hop hop, Map<String, byte[]> keys, String activeKeyId) {
        this.hop = hop;
        keys.forEach((id, raw) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("personal-data key ids are 1-64 letters, digits, '.', '_' or '-'");
            }
            if (raw.length != KEY_BYTES) {
                throw new IllegalArgumentException("personal-data key '" + id + "' must be 32 bytes (AES-256)");
            }
            this.keys.put(id, new SecretKeySpec(raw, "AES"));
        });
        if (!this.keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("the active " + hop.id() + " key '" + activeKeyId + "' is not configured");
        }
        this.activeKeyId = activeKeyId;
    }

    public Hop hop() {
        return hop;
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    /** The ids of every key of this ring, the active one among them. */
    public Set<String> keyIds() {
        return Collections.unmodifiableSet(keys.keySet());
    }

    /** Seals {@code plaintext} for the record named by {@code context}; {@code null} stays {@code null}. */
    public String seal(String plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(context));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return prefix(activeKeyId) + ENCODER.encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Opens a value sealed for {@code context}; {@code null} stays {@code null}. */
    public String open(String sealed, String context) {
        if (sealed == null) {
            return null;
        }
        String[] parts = sealed.split(":", 4);
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            throw new SealedDataException("not a sealed value");
        }
        if (!hop.id().equals(parts[1])) {
            throw new SealedDataException("sealed for another hop than " + hop.id());
        }
        SecretKey key = keys.get(parts[2]);
        if (key == null) {
            throw new SealedDataException("sealed with " + hop.id() + " key '" + parts[2] + "', which is not configured");
        }
        try {
            byte[] in = DECODER.decode(parts[3]);
            if (in.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new SealedDataException("sealed value is truncated");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(context));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new SealedDataException("sealed value is not base64url");
        } catch (GeneralSecurityException e) {
            throw new SealedDataException("sealed value does not open with its key and context");
        }
    }

    /** Whether a sealed value was sealed with a key other than the active one (rotation backlog). */
    public boolean needsResealing(String sealed) {
        return sealed != null && !sealed.startsWith(prefix(activeKeyId));
    }

    /** The value sealed anew with the active key for the same context; a value that has it already is kept. */
    public String reseal(String sealed, String context) {
        return needsResealing(sealed) ? seal(open(sealed, context), context) : sealed;
    }

    private String prefix(String keyId) {
        return PREFIX + ":" + hop.id() + ":" + keyId + ":";
    }

    private byte[] associatedData(String context) {
        return (hop.id() + "|" + context).getBytes(StandardCharsets.UTF_8);
    }
}
