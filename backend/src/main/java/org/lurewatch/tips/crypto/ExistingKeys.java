package org.lurewatch.tips.crypto;

import java.nio.file.Files;
import java.nio.file.Path;

import org.lurewatch.storage.DatabaseIdentity;

/**
 * Keys are made only for a database that holds nothing yet: over existing data, a new key would
 * make every stored tip unreadable or every receipt invalid, without a word. So a key file missing
 * from a partly restored secrets folder stops the start, naming the file.
 */
final class ExistingKeys {

    private ExistingKeys() {
    }

    static void require(SecretsProperties secrets, DatabaseIdentity database) {
        if (secrets.ephemeral() || database.mayCreateKeys()) {
            return;
        }
        require(secrets, secrets.tipKeyset(), TipCipher.FILE, "no stored tip can be read");
        require(secrets, secrets.indicatorHashKey(), KeyedHashes.INDICATOR_FILE, "new tips would not be linked to older ones");
        require(secrets, secrets.receiptHashKey(), KeyedHashes.RECEIPT_FILE, "every receipt handed out would stop working");
    }

    private static void require(SecretsProperties secrets, String configured, String file, String loss) {
        Path path = secrets.dir().resolve(file);
        if ((configured == null || configured.isBlank()) && !Files.exists(path)) {
            throw new org.lurewatch.storage.StorageRefusal("The database holds data, but the key file "
                    + path.toAbsolutePath() + " is missing (the secrets folder is incomplete). A new key would mean "
                    + loss + ", so none is made.", "Restore the secrets folder from its backup (every file in it) and"
                    + " start again.");
        }
    }
}
