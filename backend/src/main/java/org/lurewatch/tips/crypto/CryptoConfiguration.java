package org.lurewatch.tips.crypto;

import org.lurewatch.storage.DatabaseIdentity;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tip keys, loaded (or created) once at start-up so that a missing or broken key stops the app at once. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecretsProperties.class)
class CryptoConfiguration {

    @Bean
    TipCipher tipCipher(SecretsProperties secrets, @Value("${spring.mongodb.uri:}") String mongoUri,
            DatabaseIdentity database) {
        ExistingKeys.require(secrets, database);
        if (secrets.ephemeral() && !mongoUri.isBlank()) {
            throw new IllegalStateException("lurewatch.secrets.ephemeral=true with a real MongoDB (spring.mongodb.uri) "
                    + "would make every stored tip unreadable after a restart; configure the keys instead");
        }
        if (secrets.ephemeral()) {
            LoggerFactory.getLogger(CryptoConfiguration.class)
                    .info("Tip keys are held in memory only (in-memory database): nothing is written to disk");
        }
        return TipCipher.load(secrets);
    }

    @Bean
    KeyedHashes keyedHashes(SecretsProperties secrets, DatabaseIdentity database) {
        ExistingKeys.require(secrets, database);
        return KeyedHashes.load(secrets);
    }
}
