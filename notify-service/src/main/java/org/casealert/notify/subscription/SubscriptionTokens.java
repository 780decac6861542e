package org.casealert.notify.subscription;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.notify.config.NotifyConfig;

/**
 * Tokens in confirm and unsubscribe links: {@code base64url(purpose:subscription:expiry).base64url(HMAC)}.
 * Each serves one purpose for one subscription, expires, and cannot be made without the key.
 */
@ApplicationScoped
public class SubscriptionTokens {

    public enum Purpose {
        CONFIRM,
        UNSUBSCRIBE
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;

    SubscriptionTokens(NotifyConfig config, Clock clock) {
        byte[] raw = Base64.getDecoder().decode(config.tokenKey().trim());
        if (raw.length < 32) {
            throw new IllegalArgumentException("notify.token-key must have at least 32 bytes");
        }
        this.key = new SecretKeySpec(raw, "HmacSHA256");
        this.clock = clock;
    }

    public String issue(String subscriptionId, Purpose purpose, Duration validFor) {
        long expires = clock.instant().plus(validFor).getEpochSecond();
        String payload = ENCODER.encodeToString((purpose + ":" + subscriptionId + ":" + expires)
                .getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    /** The subscription the token is for, if it is genuine, unexpired and for this purpose. */
    public Optional<String> verify(String token, Purpose purpose) {
        if (token == null || token.length() > 512) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            if (!MessageDigest.isEqual(mac(parts[0]), DECODER.decode(parts[1]))) {
                return Optional.empty();
            }
            String[] fields = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8).split(":", -1);
            if (fields.length != 3 || !fields[0].equals(purpose.name())
                    || clock.instant().getEpochSecond() > Long.parseLong(fields[2])) {
                return Optional.empty();
            }
            return Optional.of(fields[1]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
