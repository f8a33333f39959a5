/**
 * MongoDB set-up. With {@code spring.mongodb.uri} set the app talks to that server; without it,
 * it starts an embedded MongoDB-wire-protocol server in-process so that one command runs the
 * whole portal on a fresh machine (see deploy/OPERATIONS.md, "Storage").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage")
package org.lurewatch.storage;
