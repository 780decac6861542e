package org.casealert.intake.hotline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casealert.events.audit.Actor;
import org.casealert.events.audit.AuditAction;
import org.casealert.events.audit.AuditLog;
import org.casealert.events.http.ProblemException;

import io.quarkus.panache.common.Sort;

/**
 * Hotlines and their API keys. A key is 256 random bits, shown once when issued; only its SHA-256 is
 * stored (a fast hash is enough for a key nobody can guess), with its first characters to tell keys apart.
 */
@ApplicationScoped
public class HotlineService {

    private static final String KEY_PREFIX = "hk_";
    private static final int SHOWN_CHARACTERS = 10;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final AuditLog audit;

    HotlineService(Clock clock, AuditLog audit) {
        this.clock = clock;
        this.audit = audit;
    }

    public record HotlineView(String id, String name, Instant createdAt) {
    }

    public record KeyView(String id, String hotlineId, String label, String prefix, Instant createdAt,
            Instant revokedAt) {
    }

    /** A key just issued: the only time {@code key} is ever shown. */
    public record IssuedKey(String id, String hotlineId, String label, String prefix, Instant createdAt, String key) {
    }

    /** Who a presented key speaks for. */
    public record KeyHolder(String hotlineId, String keyId) {
    }

    @Transactional
    public HotlineView create(String name) {
        if (Hotline.count("name", name) > 0) {
            throw ProblemException.conflict("a hotline with this name exists");
        }
        Hotline hotline = new Hotline();
        hotline.id = UUID.randomUUID().toString();
        hotline.name = name;
        hotline.createdAt = clock.instant();
        hotline.persist();
        return view(hotline);
    }

    @Transactional
    public List<HotlineView> list() {
        return Hotline.<Hotline> listAll(Sort.by("name")).stream().map(HotlineService::view)
                .toList();
    }

    @Transactional
    public IssuedKey issueKey(String hotlineId, String label, Actor operator) {
        requireHotline(hotlineId);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        HotlineKey stored = new HotlineKey();
        stored.id = UUID.randomUUID().toString();
        stored.hotlineId = hotlineId;
        stored.label = label;
        stored.prefix = key.substring(0, SHOWN_CHARACTERS);
        stored.keyHash = sha256(key);
        stored.createdAt = clock.instant();
        stored.persist();
        audit.record(operator, AuditAction.HOTLINE_KEY_ISSUED, stored.id, "hotline " + hotlineId);
        return new IssuedKey(stored.id, hotlineId, label, stored.prefix, stored.createdAt, key);
    }

    @Transactional
    public List<KeyView> keys(String hotlineId) {
        requireHotline(hotlineId);
        return HotlineKey.<HotlineKey> list("hotlineId = ?1 order by createdAt", hotlineId).stream()
                .map(HotlineService::view).toList();
    }

    @Transactional
    public void revoke(String hotlineId, String keyId, Actor operator) {
        HotlineKey key = HotlineKey.findById(keyId);
        if (key == null || !key.hotlineId.equals(hotlineId)) {
            throw ProblemException.notFound("key " + keyId);
        }
        if (key.revokedAt == null) {
            key.revokedAt = clock.instant();
            audit.record(operator, AuditAction.HOTLINE_KEY_REVOKED, key.id, "hotline " + hotlineId);
        }
    }

    @Transactional
    public Optional<KeyHolder> authenticate(String presentedKey) {
        if (presentedKey == null || !presentedKey.startsWith(KEY_PREFIX) || presentedKey.length() > 100) {
            return Optional.empty();
        }
        return HotlineKey.<HotlineKey> find("keyHash = ?1 and revokedAt is null", sha256(presentedKey))
                .firstResultOptional().map(key -> new KeyHolder(key.hotlineId, key.id));
    }

    private static void requireHotline(String hotlineId) {
        if (Hotline.findById(hotlineId) == null) {
            throw ProblemException.notFound("hotline " + hotlineId);
        }
    }

    private static HotlineView view(Hotline hotline) {
        return new HotlineView(hotline.id, hotline.name, hotline.createdAt);
    }

    private static KeyView view(HotlineKey key) {
        return new KeyView(key.id, key.hotlineId, key.label, key.prefix, key.createdAt, key.revokedAt);
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
