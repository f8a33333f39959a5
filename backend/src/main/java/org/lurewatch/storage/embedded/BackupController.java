package org.lurewatch.storage.embedded;

import java.nio.file.Path;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /staff/backups} (administrators: a bearer token, or the console's session with its
 * CSRF token): a consistent backup of the embedded database while the portal runs, written to
 * {@code lurewatch.storage.backup-dir}. The answer names the file; nothing is sent over the wire but
 * its name, so a stolen token cannot download the database.
 */
@RestController
@ConditionalOnWebApplication
@ConditionalOnExpression("'${spring.mongodb.uri:}'.isBlank()")
class BackupController {

    private static final Logger log = LoggerFactory.getLogger(BackupController.class);

    private final EmbeddedMongoServer server;
    private final Path dir;

    BackupController(EmbeddedMongoServer server, @Value("${lurewatch.storage.backup-dir:backups}") Path dir) {
        this.server = server;
        this.dir = dir;
    }

    @PostMapping("/staff/backups")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> backup(Principal who) {
        try {
            EmbeddedBackups.Backup backup = server.backup(dir);
            log.info("Backup {} made at the request of administrator {}", backup.file().getFileName(), who.getName());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("file", backup.file().toAbsolutePath().toString());
            body.put("bytes", backup.bytes());
            body.put("takenAt", backup.takenAt());
            body.put("databaseId", backup.databaseId());
            return ResponseEntity.status(HttpStatus.CREATED).body(body);
        } catch (RuntimeException e) {
            log.error("Backup requested by {} failed: {}", who.getName(), DiskErrors.firstLine(e));
            throw new BackupFailedException(DiskErrors.firstLine(e));
        }
    }
}
