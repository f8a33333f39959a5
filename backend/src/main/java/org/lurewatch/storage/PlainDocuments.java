package org.lurewatch.storage;

import java.util.List;

import com.mongodb.WriteConcern;
import org.springframework.core.convert.converter.Converter;
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
        MongoTemplate template = new MongoTemplate(shared.getMongoDatabaseFactory(), converter);
        template.setWriteConcern(writes);
        return template;
    }
}
