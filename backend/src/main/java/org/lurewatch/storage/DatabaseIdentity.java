package org.lurewatch.storage;

/**
 * Which database this start found, checked against the identity recorded next to the keys (see
 * deploy/OPERATIONS.md, "Operations"). A bean: the module that creates keys asks it first, so that keys are only
 * ever made for a database that holds nothing yet.
 *
 * @param id            the random identity shared by the database and the secrets folder (null: in memory)
 * @param mayCreateKeys true when the database holds no data yet, so missing keys may be made now;
 *                      false when keys already protect data there, and a missing key must be restored
 */
public record DatabaseIdentity(String id, boolean mayCreateKeys) {
}
