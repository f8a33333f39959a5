package org.lurewatch.access.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lurewatch.access.StaffAdminAction;
import org.lurewatch.common.NotFoundException;
import org.lurewatch.common.PlainText;
import org.lurewatch.common.UserInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Issues, rotates, revokes and resolves NGO API keys. A key is shown once, when issued or rotated.
 *
 * <p>Keys are few (one or two per organisation), so the active ones are held in memory: resolving
 * a key on the hot path is a map lookup, and so is the CORS origin check. The snapshot is rebuilt
 * after every change here and polled from the database, so another instance sees a new or revoked
 * key within {@code lurewatch.access.api-keys.refresh-interval} (a key unknown here is looked up
 * in the database at once, so a new key works everywhere immediately).
 */
@Service
public class ApiKeys {

    /** Tells a LureWatch NGO key apart (secret scanners, logs) from staff tokens ({@code lwst_}). */
    public static final String PREFIX = "lwk_";
    public static final int MAX_ORGANISATION = 120;
    public static final int MAX_PER_MINUTE = 100_000;
    public static final int MAX_PER_DAY = 100_000_000;

    private final ApiKeyRepository repository;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Set.of());

    /** Active keys by hash, and every origin some active key allows. */
    private record Snapshot(Map<String, ApiKey> byHash, Set<String> origins) {
    }

    /** A key with its secret: shown this once. */
    public record Issued(ApiKey apiKey, String key) {
    }

    private final ApplicationEventPublisher events;

    ApiKeys(ApiKeyRepository repository, MongoTemplate mongo, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.clock = clock;
        mongo.indexOps(ApiKey.class).createIndex(new Index("keyHash", Sort.Direction.ASC).unique());
        refresh();
    }

    public Issued issue(String organisation, Integer perMinute, Integer perDay, List<String> allowedOrigins) {
        return issue(organisation, perMinute, perDay, allowedOrigins, null);
    }

    /** @param expiresAt when the key stops working by itself (in the future), or null for never */
    public Issued issue(String organisation, Integer perMinute, Integer perDay, List<String> allowedOrigins,
            Instant expiresAt) {
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            throw new UserInputException("expiresAt", "expiresAt must be in the future (was " + expiresAt + ")");
        }
        String name = PlainText.clean(organisation == null ? "" : organisation, "organisation", MAX_ORGANISATION);
        if (name.isEmpty()) {
            throw new UserInputException("organisation", "organisation must name the organisation the key is for");
        }
        int minute = bounded("requestsPerMinute", perMinute, MAX_PER_MINUTE);
        int day = bounded("requestsPerDay", perDay, MAX_PER_DAY);
        List<String> origins = Origins.normalise(allowedOrigins);
        String secret = newSecret();
        ApiKey stored = repository.insert(new ApiKey(null, name, hash(secret), hint(secret), minute, day, origins,
                now(), null, null, expiresAt == null ? null : expiresAt.truncatedTo(ChronoUnit.MILLIS)));
        refresh();
        audit("API_KEY_ISSUED", stored, "quota " + minute + "/min, " + day + "/day; origins: "
                + (origins.isEmpty() ? "none" : String.join(" ", origins)));
        return new Issued(stored, secret);
    }

    /** A new secret for the same key (organisation, quota, origins, usage); the old secret stops at once. */
    public Issued rotate(String id) {
        ApiKey key = byId(id);
        if (!key.active()) {
            throw new UserInputException("id", "This API key is revoked; issue a new one instead");
        }
        String secret = newSecret();
        ApiKey stored = repository.save(key.rotated(hash(secret), hint(secret), now()));
        refresh();
        audit("API_KEY_ROTATED", stored, "the old secret stopped");
        return new Issued(stored, secret);
    }

    public ApiKey revoke(String id) {
        ApiKey key = byId(id);
        ApiKey result = key.active() ? repository.save(key.revoked(now())) : key;
        refresh();
        if (key.active()) {
            audit("API_KEY_REVOKED", result, "");
        }
        return result;
    }

    /** Every key, newest first (revoked ones too, so administrators see what ended). */
    public List<ApiKey> all() {
        return repository.findAll().stream().sorted(Comparator.comparing(ApiKey::id).reversed()).toList();
    }

    /** The active key with this secret, unless it has expired. */
    public Optional<ApiKey> resolve(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(secret);
        ApiKey known = snapshot.byHash().get(hash);
        if (known != null) {
            return Optional.of(known).filter(k -> k.usableAt(clock.instant()));
        }
        Optional<ApiKey> stored = repository.findByKeyHash(hash).filter(ApiKey::active);
        stored.ifPresent(k -> refresh());
        return stored.filter(k -> k.usableAt(clock.instant()));
    }

    /** A key by id, revoked or not (for its holder's own view). */
    public Optional<ApiKey> find(String id) {
        return id == null ? Optional.empty() : repository.findById(id);
    }

    /** Whether some active key allows this browser origin (exact match, case-insensitive). */
    public boolean allowsOrigin(String origin) {
        return origin != null && snapshot.origins().contains(origin.strip().toLowerCase(java.util.Locale.ROOT));
    }

    @Scheduled(fixedDelayString = "${lurewatch.access.api-keys.refresh-interval:30s}",
            initialDelayString = "${lurewatch.access.api-keys.refresh-interval:30s}")
    public void refresh() {
        List<ApiKey> active = repository.findByRevokedAtIsNull();
        snapshot = new Snapshot(
                active.stream().collect(Collectors.toUnmodifiableMap(ApiKey::keyHash, Function.identity(), (a, b) -> a)),
                active.stream().flatMap(k -> k.allowedOrigins().stream()).collect(Collectors.toUnmodifiableSet()));
    }

    /** Names the key by organisation and id: never its secret, hint or hash. */
    private void audit(String action, ApiKey key, String details) {
        events.publishEvent(StaffAdminAction.byCurrentUser(action, "API key " + key.id() + " of " + key.organisation(),
                details, null));
    }

    private ApiKey byId(String id) {
        return repository.findById(id == null ? "" : id)
                .orElseThrow(() -> new NotFoundException("There is no API key with id " + id));
    }

    private static int bounded(String field, Integer value, int max) {
        if (value == null || value < 1 || value > max) {
            throw new UserInputException(field, field + " must be between 1 and " + max + " (was " + value + ")");
        }
        return value;
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hint(String secret) {
        return "…" + secret.substring(secret.length() - 4);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Milliseconds: what MongoDB stores, so an answer shows exactly what a reload will. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
