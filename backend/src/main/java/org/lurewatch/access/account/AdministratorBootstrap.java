package org.lurewatch.access.account;

import java.io.PrintStream;
import java.util.EnumSet;

import org.lurewatch.access.StaffRole;
import org.lurewatch.access.settings.AdminProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can sign in: the first start of an empty database creates one administrator,
 * and {@code --lurewatch.admin.reset-password=<user>} gives a user a new one-time password.
 *
 * <p>Generated passwords go to the console with {@code System.out}, never through the logger:
 * logs are shipped and kept, the console of a first start is read once by the person installing.
 * Only the Argon2 hash is stored.
 */
@Component
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final StaffAccounts accounts;
    private final AdminProperties properties;
    private final ConfigurableApplicationContext context;
    private final PrintStream console = System.out;

    AdministratorBootstrap(StaffAccounts accounts, AdminProperties properties, ConfigurableApplicationContext context) {
        this.accounts = accounts;
        this.properties = properties;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.resetRequested()) {
            resetAndStop();
        } else if (accounts.none()) {
            createFirstAdministrator();
        }
    }

    private void createFirstAdministrator() {
        String configured = properties.initialPassword();
        boolean generate = configured == null || configured.isEmpty();
        String password = generate ? null : configured;
        try {
            if (generate) {
                StaffAccounts.WithPassword created = accounts.createWithOneTimePassword(properties.username(),
                        EnumSet.of(StaffRole.ADMIN));
                password = created.oneTimePassword();
            } else {
                accounts.createWithPassword(properties.username(), EnumSet.of(StaffRole.ADMIN), password);
            }
        } catch (DuplicateKeyException | org.lurewatch.common.UserInputException e) {
            if (accounts.none()) {
                throw e; // not a race with another instance: the configured name or password is unusable
            }
            return; // another instance created the first administrator a moment ago
        }
        if (generate) {
            banner("created the first administrator", properties.username(), password,
                    "Sign in and choose a new password; this one works once and is not shown again.");
        } else {
            log.info("Created the first administrator '{}' with the password from lurewatch.admin.initial-password",
                    properties.username());
        }
    }

    private void resetAndStop() {
        StaffAccounts.WithPassword reset = accounts.resetFromConsole(properties.resetPassword());
        banner("reset the password of '" + reset.user().username() + "'", reset.user().username(),
                reset.oneTimePassword(), "The account is enabled" + (reset.user().roles().contains(StaffRole.ADMIN)
                        ? " and an administrator" : "") + "; its sessions and API tokens are ended. Sign in and"
                        + " choose a new password. Now start the portal again without --lurewatch.admin.reset-password.");
        log.info("Password of staff user '{}' reset from the command line; exiting", reset.user().username());
        context.close();
    }

    private void banner(String what, String username, String password, String next) {
        String rule = "=".repeat(72);
        console.println(rule);
        console.println("LureWatch " + what + ".");
        console.println("  user name:         " + username);
        console.println("  one-time password: " + password);
        console.println(next);
        console.println(rule);
        console.flush();
    }
}
