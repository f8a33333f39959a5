package org.lurewatch.support;

import java.nio.file.Path;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lurewatch.storage.EmbeddedMongoProperties;
import org.lurewatch.storage.embedded.EmbeddedMongoServer;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * The portal's own embedded server (in memory) behind a plain {@link MongoTemplate} mapped as Boot
 * maps it: for storage tests that need the real engine but no application context. Registered as
 * {@code @RegisterExtension static final EmbeddedTemplate db = new EmbeddedTemplate()}, it closes
 * itself after the class.
 */
public final class EmbeddedTemplate implements AutoCloseable, AfterAllCallback {

    private final EmbeddedMongoServer server;
    private final MongoClient client;
    private final MongoTemplate template;

    public EmbeddedTemplate() {
        server = new EmbeddedMongoServer(new EmbeddedMongoProperties(null, "lurewatch", 4, true), Path.of("unused-secrets"),
                false, null);
        client = MongoClients.create(server.connectionString());
        template = over(client);
    }

    /** A {@link MongoTemplate} on the portal's database over this client, mapped as Boot maps it. */
    public static MongoTemplate over(MongoClient client) {
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext mapping = new MongoMappingContext();
        mapping.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        mapping.setAutoIndexCreation(false);
        mapping.afterPropertiesSet();
        var factory = new SimpleMongoClientDatabaseFactory(client, "lurewatch");
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, mapping);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return new MongoTemplate(factory, converter);
    }

    public MongoTemplate template() {
        return template;
    }

    /** The database itself, to write and read documents exactly as stored. */
    public MongoDatabase database() {
        return client.getDatabase("lurewatch");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
