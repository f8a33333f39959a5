package org.lurewatch.access.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.lurewatch.access.StaffAdminAction;
import org.lurewatch.access.account.StaffAccounts;
import org.lurewatch.access.account.StaffUser;
import org.lurewatch.access.settings.AccessProperties;
import org.lurewatch.common.NotFoundException;
import org.lurewatch.common.PlainText;
import org.lurewatch.common.UserInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Service;

/** Issues, resolves and revokes bearer tokens. A token is shown once, when issued. */
@Service
public class ApiTokens {

    /** Tells a LureWatch staff token apart (secret scanners, logs) from other bearer tokens. */
    public static final String PREFIX = "lwst_";
    public static final int MAX_ACTIVE_PER_USER = 20;
    public static final int MAX_LABEL = 80;

    private final ApiTokenRepository repository;
    private final StaffAccounts accounts;
    private final AccessProperties.Token settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    public ApiTokens(ApiTokenRepository repository, StaffAccounts accounts, MongoTemplate mongo,
            AccessProperties properties, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.accounts = accounts;
        this.settings = properties.token();
        this.clock = clock;
        mongo.indexOps(ApiToken.class).createIndex(new Index("tokenHash", Sort.Direction.ASC).unique());
    }

    /** A newly issued token: {@code token} is the secret, shown this once. */
    public record Issued(ApiToken apiToken, String token) {
    }

    /** The owner of a token and the token, while both are valid. */
    public record Resolved(StaffUser user, ApiToken apiToken) {
    }

    /**
     * @param validDays null for the default lifetime; at most the configured maximum
     */
    public Issued issue(StaffUser user, String label, Integer validDays) {
        Duration ttl = validDays == null ? settings.defaultTtl() : Duration.ofDays(validDays);
        if (validDays != null && (validDays < 1 || ttl.compareTo(settings.maxTtl()) > 0)) {
            throw new UserInputException("validDays", "validDays must be between 1 and " + settings.maxTtl().toDays()
                    + " (was " + validDays + ")");
        }
        String cleanLabel = PlainText.clean(label == null ? "" : label, "label", MAX_LABEL);
        Instant now = now();
        long active = repository.findByUserIdOrderByCreatedAtDesc(user.id()).stream()
                .filter(t -> t.activeAt(now)).count();
        if (active >= MAX_ACTIVE_PER_USER) {
            throw new UserInputException("label", "You already have " + MAX_ACTIVE_PER_USER
                    + " active API tokens; revoke one you no longer use first");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken stored = repository.insert(new ApiToken(null, hash(token), user.id(),
                cleanLabel.isEmpty() ? "API token" : cleanLabel, user.securityStamp(), now, now.plus(ttl), null));
        // members issue and revoke only their own tokens (POST /staff/token has nobody signed in yet)
        events.publishEvent(new StaffAdminAction(user.username(), "API_TOKEN_ISSUED", user.username(), "token "
                + stored.id() + ", valid until " + stored.expiresAt().truncatedTo(java.time.temporal.ChronoUnit.DAYS),
                user.id()));
        return new Issued(stored, token);
    }

    /** The token's owner, if the token is known, active, and the owner still enabled and unchanged. */
    public Optional<Resolved> resolve(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = now();
        return repository.findByTokenHash(hash(token))
                .filter(t -> t.activeAt(now))
                .flatMap(t -> accounts.byId(t.userId())
                        .filter(u -> u.enabled() && u.securityStamp().equals(t.securityStamp()))
                        .map(u -> new Resolved(u, t)));
    }

    /**
     * The token with this id and its owner, checked as of now exactly like {@link #resolve}: for a
     * connection that presented the token once and keeps working with it (a WebSocket).
     */
    public Optional<Resolved> resolveById(String tokenId) {
        if (tokenId == null) {
            return Optional.empty();
        }
        Instant now = now();
        return repository.findById(tokenId)
                .filter(t -> t.activeAt(now))
                .flatMap(t -> accounts.byId(t.userId())
                        .filter(u -> u.enabled() && u.securityStamp().equals(t.securityStamp()))
                        .map(u -> new Resolved(u, t)));
    }

    /** The user's tokens, newest first (revoked and expired ones too, so they can see what ended). */
    public List<ApiToken> of(StaffUser user) {
        return repository.findByUserIdOrderByCreatedAtDesc(user.id());
    }

    /** Revokes one of the user's own tokens. */
    public ApiToken revoke(StaffUser user, String tokenId) {
        ApiToken token = repository.findById(tokenId == null ? "" : tokenId)
                .filter(t -> t.userId().equals(user.id()))
                .orElseThrow(() -> new NotFoundException("You have no API token with id " + tokenId));
        if (token.revokedAt() != null) {
            return token;
        }
        ApiToken revoked = repository.save(token.revoked(now()));
        events.publishEvent(new StaffAdminAction(user.username(), "API_TOKEN_REVOKED", user.username(),
                "token " + token.id(), user.id()));
        return revoked;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Milliseconds: what MongoDB stores, so an answer shows exactly what a reload will. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
