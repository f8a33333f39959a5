package org.lurewatch.storage;

import java.util.List;

import com.mongodb.ClientSessionOptions;
import com.mongodb.WriteConcern;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoDatabase;
import org.springframework.core.convert.converter.Converter;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.DefaultMongoTypeMapper;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;

/**
 * A {@link MongoTemplate} for collections whose documents must keep the exact shape earlier versions
 * wrote by hand (tips, triage): records are mapped field by field, with no {@code _class} type hint
 * added, and every write waits for the given acknowledgement. It shares the application's database
 * and mapping metadata; it is not a bean, so Boot's own template stays the only one.
 */
public final class PlainDocuments {

    private PlainDocuments() {
    }

    /**
     * @param shared      the application's template (its database and mapping context are reused)
     * @param writes      how every write through the new template is acknowledged
     * @param converters  extra reading/writing converters of the caller's own value types
     */
    public static MongoTemplate template(MongoTemplate shared, WriteConcern writes, List<? extends Converter<?, ?>> converters) {
        MappingMongoConverter sharedConverter = (MappingMongoConverter) shared.getConverter();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE,
                sharedConverter.getMappingContext());
        converter.setCustomConversions(new MongoCustomConversions(List.copyOf(converters)));
        converter.setTypeMapper(new DefaultMongoTypeMapper(null));
        converter.afterPropertiesSet();
        MongoTemplate template = new MongoTemplate(new Acknowledged(shared.getMongoDatabaseFactory(), writes), converter);
        template.setWriteConcern(writes);
        return template;
    }

    /**
     * The database with the write concern set on it, so that it holds for every command the
     * template sends (findAndModify and bulk writes included), not only those that look it up.
     */
    private record Acknowledged(MongoDatabaseFactory delegate, WriteConcern writes) implements MongoDatabaseFactory {

        @Override
        public MongoDatabase getMongoDatabase() {
            return delegate.getMongoDatabase().withWriteConcern(writes);
        }

        @Override
        public MongoDatabase getMongoDatabase(String name) {
            return delegate.getMongoDatabase(name).withWriteConcern(writes);
        }

        @Override
        public PersistenceExceptionTranslator getExceptionTranslator() {
            return delegate.getExceptionTranslator();
        }

        @Override
        public ClientSession getSession(ClientSessionOptions options) {
            return delegate.getSession(options);
        }

        @Override
        public MongoDatabaseFactory withSession(ClientSession session) {
            return new Acknowledged(delegate.withSession(session), writes);
        }
    }
}
