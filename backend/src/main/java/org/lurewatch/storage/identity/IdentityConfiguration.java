package org.lurewatch.storage.identity;

import java.nio.file.Path;

import org.lurewatch.storage.DatabaseIdentity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Runs the identity check on the {@link MongoTemplate} before any other bean receives it (so neither
 * the sample warnings nor the first administrator are written into a database that is refused), and
 * offers its verdict as {@link DatabaseIdentity} to the module that creates keys.
 */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    IdentityGuard identityGuard(@Value("${lurewatch.secrets.dir:data/secrets}") Path secretsDir,
            @Value("${lurewatch.secrets.ephemeral:false}") boolean ephemeral,
            @Value("${lurewatch.secrets.tip-keyset:}") String tipKeyset,
            @Value("${lurewatch.storage.database-id:}") String databaseId,
            @Value("${lurewatch.storage.fresh-start:false}") boolean freshStart,
            @Value("${spring.mongodb.uri:}") String mongoUri) {
        return new IdentityGuard(secretsDir, ephemeral, !tipKeyset.isBlank(), databaseId, freshStart, mongoUri.isBlank());
    }

    @Bean
    static BeanPostProcessor identityCheckOnFirstUse(ObjectProvider<IdentityGuard> guard) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof MongoTemplate template) {
                    guard.getObject().verify(template);
                }
                return bean;
            }
        };
    }

    @Bean
    DatabaseIdentity databaseIdentity(IdentityGuard guard, ObjectProvider<MongoTemplate> template) {
        return guard.verify(template.getObject());
    }
}
