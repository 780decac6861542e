package org.casealert.notify.subscription;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.casealert.notify.NotifyConfigs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Confirm and unsubscribe tokens: signed, for one purpose and one subscription, and only for a while. */
class SubscriptionTokensTest {

    private static final String SUBSCRIPTION = "3f0c8a52-7d1e-4a55-9d0b-1f9f6a0c2b11";

    private static final Instant NOW = Instant.parse("2026-11-20T08:30:00Z");

    private final SubscriptionTokens tokens = tokensAt(NOW);

    /** The tokens as the service sees them at {@code instant}. */
    private static SubscriptionTokens tokensAt(Instant instant) {
        return new SubscriptionTokens(NotifyConfigs.with(Map.of()), Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void aTokenNamesItsSubscriptionForItsPurposeOnly() {
        String confirm = tokens.issue(SUBSCRIPTION, SubscriptionTokens.Purpose.CONFIRM, Duration.ofHours(48));
        String unsubscribe = tokens.issue(SUBSCRIPTION, SubscriptionTokens.Purpose.UNSUBSCRIBE, Duration.ofDays(180));

        assertThat(tokens.verify(confirm, SubscriptionTokens.Purpose.CONFIRM)).contains(SUBSCRIPTION);
        assertThat(tokens.verify(unsubscribe, SubscriptionTokens.Purpose.UNSUBSCRIBE)).contains(SUBSCRIPTION);
        assertThat(tokens.verify(confirm, SubscriptionTokens.Purpose.UNSUBSCRIBE)).isEmpty();
        assertThat(tokens.verify(unsubscribe, SubscriptionTokens.Purpose.CONFIRM)).isEmpty();
        assertThat(confirm).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
    }

    @Test
    void aTokenExpires() {
        String confirm = tokens.issue(SUBSCRIPTION, SubscriptionTokens.Purpose.CONFIRM, Duration.ofHours(48));
        Instant lastMoment = NOW.plus(Duration.ofHours(48));
        assertThat(tokensAt(lastMoment).verify(confirm, SubscriptionTokens.Purpose.CONFIRM)).contains(SUBSCRIPTION);
        assertThat(tokensAt(lastMoment.plusSeconds(1)).verify(confirm, SubscriptionTokens.Purpose.CONFIRM)).isEmpty();
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = tokens.issue(SUBSCRIPTION, SubscriptionTokens.Purpose.UNSUBSCRIBE, Duration.ofDays(1));
        String[] parts = token.split("\\.");
        String signature = parts[1];
        String longer = encode("UNSUBSCRIBE:" + SUBSCRIPTION + ":" + Long.MAX_VALUE);
        String other = encode("UNSUBSCRIBE:another-subscription:" + Instant.parse("2030-01-01T00:00:00Z")
                .getEpochSecond());
        String wrongPurpose = encode("CONFIRM:" + SUBSCRIPTION + ":" + NOW.plusSeconds(3600)
                .getEpochSecond());
        String flipped = (signature.charAt(5) == 'A' ? 'B' : 'A') + "";

        for (String tampered : new String[] { longer + "." + signature, other + "." + signature,
                wrongPurpose + "." + signature, parts[0] + "." + signature.substring(0, 5) + flipped
                        + signature.substring(6),
                parts[0] + "." + signature.substring(1), parts[0] + ".", "." + signature, parts[0], token + ".x",
                token.replace('.', ':'), "%%%." + signature, "", "x".repeat(600) }) {
            assertThat(tokens.verify(tampered, SubscriptionTokens.Purpose.UNSUBSCRIBE)).as(tampered).isEmpty();
        }
        assertThat(tokens.verify(null, SubscriptionTokens.Purpose.UNSUBSCRIBE)).isEmpty();
        assertThat(tokens.verify(token, SubscriptionTokens.Purpose.UNSUBSCRIBE)).contains(SUBSCRIPTION);
    }

    @Test
    void onlyTheKeyMakesTokens() {
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        SubscriptionTokens elsewhere = new SubscriptionTokens(
                NotifyConfigs.with(Map.of("notify.token-key", Base64.getEncoder().encodeToString(otherKey))),
                Clock.fixed(NOW, ZoneOffset.UTC));
        String forged = elsewhere.issue(SUBSCRIPTION, SubscriptionTokens.Purpose.UNSUBSCRIBE, Duration.ofDays(1));
        assertThat(tokens.verify(forged, SubscriptionTokens.Purpose.UNSUBSCRIBE)).isEmpty();
        assertThat(elsewhere.verify(forged, SubscriptionTokens.Purpose.UNSUBSCRIBE)).isEqualTo(Optional.of(SUBSCRIPTION));
    }

    @Test
    void aShortKeyIsRefusedAtStart() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> new SubscriptionTokens(NotifyConfigs.with(Map.of("notify.token-key", shortKey)),
                Clock.fixed(NOW, ZoneOffset.UTC)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    }

    private static String encode(String payload) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    }
}
