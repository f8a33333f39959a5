package org.lurewatch.access.account;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lurewatch.access.StaffAdminAction;
import org.lurewatch.access.StaffDirectory;
import org.lurewatch.access.StaffRole;
import org.lurewatch.access.settings.AccessProperties;
import org.lurewatch.common.NotFoundException;
import org.lurewatch.common.PlainText;
import org.lurewatch.common.UserInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Service;

/**
 * Creating and changing staff accounts. Every rule that keeps the portal administrable lives
 * here: at least one enabled administrator always remains, and nobody disables themselves.
 */
@Service
public class StaffAccounts implements StaffDirectory {

    public static final int MAX_DISPLAY_NAME = 80;
    /** Failed sign-ins per account since its last sign-in: a count, no times, no addresses. */
    static final String FAILED_SIGN_INS = "staff_sign_in_failures";

    private final StaffUserRepository repository;
    private final Passwords passwords;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final MongoTemplate mongo;

    public StaffAccounts(StaffUserRepository repository, MongoTemplate mongo, Passwords passwords,
            AccessProperties properties, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.mongo = mongo;
        this.repository = repository;
        this.passwords = passwords;
        this.policy = new PasswordPolicy(properties.passwordMinLength());
        this.clock = clock;
        mongo.indexOps(StaffUser.class).createIndex(new Index("username", Sort.Direction.ASC).unique());
    }

    /** A new account and the one-time password to hand to its owner. */
    public record WithPassword(StaffUser user, String oneTimePassword) {
    }

    public PasswordPolicy policy() {
        return policy;
    }

    public Optional<StaffUser> byId(String id) {
        return id == null ? Optional.empty() : repository.findById(id);
    }

    public Optional<StaffUser> byUsername(String username) {
        return repository.findByUsername(Usernames.fold(username));
    }

    @Override
    public String requireMemberWithRole(String username, StaffRole role, String field) {
        String name = Usernames.fold(username == null ? "" : username);
        return byUsername(name).filter(u -> u.effectiveRoles().contains(role)).map(StaffUser::username)
                .orElseThrow(() -> new UserInputException(field, field + " must name a staff member who holds the "
                        + role + " role; '" + PlainText.clean(name) + "' does not"));
    }

    public List<StaffUser> all() {
        return repository.findAllByOrderByUsernameAsc();
    }

    public boolean none() {
        return repository.count() == 0;
    }

    public WithPassword create(String username, String displayName, Set<StaffRole> roles) {
        String name = Usernames.require(username, "username");
        String shown = PlainText.clean(displayName, "displayName", MAX_DISPLAY_NAME);
        String password = oneTimePasswordFor(name);
        StaffUser user = insert(name, shown, passwords.hash(password), roles, true);
        audit(StaffAdminAction.byCurrentUser("STAFF_USER_CREATED", user.username(), "roles: " + rolesOf(user.roles())
                + "; one-time password issued", user.id()));
        return new WithPassword(user, password);
    }

    /** A new account with a generated one-time password and no display name (first administrator). */
    public WithPassword createWithOneTimePassword(String username, Set<StaffRole> roles) {
        return create(username, null, roles);
    }

    /** Creates an account with the password from configuration (the first administrator). */
    public StaffUser createWithPassword(String username, Set<StaffRole> roles, String password) {
        String name = Usernames.require(username, "lurewatch.admin.username");
        policy.check(name, password, "lurewatch.admin.initial-password");
        StaffUser user = insert(name, null, passwords.hash(password), roles, false);
        audit(new StaffAdminAction(StaffAdminAction.SYSTEM, "STAFF_USER_CREATED", user.username(), "roles: "
                + rolesOf(user.roles()) + "; password from lurewatch.admin.initial-password", user.id()));
        return user;
    }

    private StaffUser insert(String name, String displayName, String hash, Set<StaffRole> roles, boolean oneTime) {
        var now = now();
        StaffUser user = new StaffUser(null, name, displayName, hash, roles == null ? Set.of() : roles, true, oneTime,
                passwords.randomToken(16), now, now, null, null);
        try {
            return repository.insert(user);
        } catch (DuplicateKeyException e) {
            throw new UserInputException("username", "username '" + name + "' is taken; choose another");
        }
    }

    public StaffUser setEnabled(String id, boolean enabled, String actorId) {
        StaffUser user = require(id);
        if (user.enabled() == enabled) {
            return user;
        }
        if (!enabled) {
            if (user.id().equals(actorId)) {
                throw new AccountConflictException("You cannot disable your own account; ask another administrator");
            }
            requireAnotherAdministrator(user);
        }
        // a new stamp ends the sessions and API tokens of a disabled account for good
        StaffUser saved = save(user.withEnabled(enabled, enabled ? user.securityStamp() : passwords.randomToken(16),
                now()));
        audit(StaffAdminAction.byCurrentUser(enabled ? "STAFF_USER_ENABLED" : "STAFF_USER_DISABLED", saved.username(),
                enabled ? "" : "sessions and API tokens ended", saved.id()));
        return saved;
    }

    public StaffUser setRoles(String id, Set<StaffRole> roles) {
        StaffUser user = require(id);
        Set<StaffRole> wanted = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        if (user.isAdministrator() && !wanted.contains(StaffRole.ADMIN)) {
            requireAnotherAdministrator(user);
        }
        StaffUser saved = save(user.withRoles(wanted, now()));
        StaffAdminAction action = StaffAdminAction.byCurrentUser("STAFF_USER_ROLES_CHANGED", saved.username(),
                "roles: " + rolesOf(user.roles()) + " -> " + rolesOf(saved.roles()), saved.id());
        audit(action.actor().equals(saved.username()) ? new StaffAdminAction(action.actor(), action.action(),
                action.subject(), action.details() + " (own account)", saved.id()) : action);
        return saved;
    }

    /** A new one-time password for someone who lost theirs; ends their sessions and tokens. */
    public WithPassword resetPassword(String id) {
        StaffUser user = require(id);
        String password = oneTimePasswordFor(user.username());
        StaffUser saved = save(user.withPassword(passwords.hash(password), true, passwords.randomToken(16), now()));
        audit(StaffAdminAction.byCurrentUser("STAFF_USER_PASSWORD_RESET", saved.username(),
                "one-time password issued; sessions and API tokens ended", saved.id()));
        return new WithPassword(saved, password);
    }

    /** Sets a password the owner chose (already proven to know the current one). */
    public StaffUser changePassword(String id, String newPassword) {
        StaffUser user = require(id);
        policy.check(user.username(), newPassword, "newPassword");
        if (passwords.matches(newPassword, user.passwordHash())) {
            throw new UserInputException("newPassword", "newPassword must differ from the current password");
        }
        StaffUser saved = save(user.withPassword(passwords.hash(newPassword), false, passwords.randomToken(16), now()));
        audit(StaffAdminAction.byCurrentUser("STAFF_PASSWORD_CHANGED", saved.username(),
                "sessions and API tokens ended", saved.id()));
        return saved;
    }

    /** Break-glass reset from the command line: also enables the account, and makes it an
     * administrator when no other enabled administrator is left. */
    public WithPassword resetFromConsole(String username) {
        String name = Usernames.require(username, "lurewatch.admin.reset-password");
        Optional<StaffUser> existing = repository.findByUsername(name);
        boolean noOtherAdmin = repository.findAll().stream()
                .noneMatch(u -> u.isAdministrator() && !u.username().equals(name));
        if (existing.isEmpty()) {
            String password = oneTimePasswordFor(name);
            StaffUser created = insert(name, null, passwords.hash(password), EnumSet.of(StaffRole.ADMIN), true);
            audit(new StaffAdminAction(StaffAdminAction.CONSOLE, "STAFF_USER_CREATED", name,
                    "roles: ADMIN; one-time password issued from the command line", created.id()));
            return new WithPassword(created, password);
        }
        StaffUser user = existing.get();
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        roles.addAll(user.roles());
        if (noOtherAdmin) {
            roles.add(StaffRole.ADMIN);
        }
        String password = oneTimePasswordFor(name);
        var now = now();
        StaffUser reset = user.withRoles(roles, now).withEnabled(true, user.securityStamp(), now)
                .withPassword(passwords.hash(password), true, passwords.randomToken(16), now);
        StaffUser saved = save(reset);
        audit(new StaffAdminAction(StaffAdminAction.CONSOLE, "STAFF_USER_PASSWORD_RESET", name,
                "one-time password issued from the command line; enabled; roles: " + rolesOf(user.roles()) + " -> "
                        + rolesOf(saved.roles()) + "; sessions and API tokens ended", saved.id()));
        return new WithPassword(saved, password);
    }

    /** Counts a wrong password given for this account, to tell its owner at their next sign-in. */
    public void failedSignIn(StaffUser user) {
        mongo.getCollection(FAILED_SIGN_INS).updateOne(new org.bson.Document("_id", user.id()),
                new org.bson.Document("$inc", new org.bson.Document("count", 1)),
                new com.mongodb.client.model.UpdateOptions().upsert(true));
    }

    /** The wrong passwords given for this account since its last sign-in, and starts counting afresh. */
    public long takeFailedSignIns(StaffUser user) {
        org.bson.Document taken = mongo.getCollection(FAILED_SIGN_INS)
                .findOneAndDelete(new org.bson.Document("_id", user.id()));
        return taken == null ? 0 : ((Number) taken.get("count")).longValue();
    }

    /** Records a successful sign-in, and moves the hash to the current parameters if needed. */
    public StaffUser signedIn(StaffUser user, String password) {
        StaffUser updated = user.signedInAt(now());
        if (passwords.needsRehash(user.passwordHash())) {
            updated = updated.withPasswordHash(passwords.hash(password));
        }
        try {
            return repository.save(updated);
        } catch (OptimisticLockingFailureException e) {
            return user; // someone changed the account meanwhile; the sign-in time is not worth a retry
        }
    }

    private void audit(StaffAdminAction action) {
        events.publishEvent(action);
    }

    private static String rolesOf(Set<StaffRole> roles) {
        return roles.isEmpty() ? "none" : String.join(", ", roles.stream().sorted().map(Enum::name).toList());
    }

    private void requireAnotherAdministrator(StaffUser user) {
        boolean another = repository.findAll().stream()
                .anyMatch(u -> u.isAdministrator() && !u.id().equals(user.id()));
        if (!another) {
            throw new AccountConflictException("At least one enabled administrator must remain: make someone else"
                    + " an administrator first");
        }
    }

    private String oneTimePasswordFor(String username) {
        String password;
        do {
            password = passwords.oneTimePassword();
        } while (password.toLowerCase(java.util.Locale.ROOT).contains(username));
        return password;
    }

    private StaffUser require(String id) {
        return byId(id).orElseThrow(() -> new NotFoundException("No staff user with id " + id));
    }

    private StaffUser save(StaffUser user) {
        try {
            return repository.save(user);
        } catch (OptimisticLockingFailureException e) {
            throw new AccountConflictException("Someone else changed this account at the same moment; reload and try again");
        }
    }

    /** Milliseconds: what MongoDB stores, so an answer shows exactly what a reload will. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
