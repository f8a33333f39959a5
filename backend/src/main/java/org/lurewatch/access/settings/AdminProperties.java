package org.lurewatch.access.settings;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator and the break-glass password reset (backend/GUIDE.md, "Staff accounts").
 *
 * @param username        name of the administrator created on the first start of an empty database
 * @param initialPassword its password; when unset, a one-time password is generated and printed
 *                        once to the console
 * @param resetPassword   a user name: start with this set to give that user a new one-time
 *                        password; the process then exits without serving
 */
@ConfigurationProperties("lurewatch.admin")
public record AdminProperties(String username, String initialPassword, String resetPassword) {

    public AdminProperties {
        username = username == null || username.isBlank() ? "admin" : username;
    }

    public boolean resetRequested() {
        return resetPassword != null && !resetPassword.isBlank();
    }
}
