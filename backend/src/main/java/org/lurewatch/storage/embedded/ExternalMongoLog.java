package org.lurewatch.storage.embedded;

import com.mongodb.ConnectionString;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;

/** Says in the log which database is in use when a real MongoDB is configured (without credentials). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.mongodb.uri:}'.isBlank()")
class ExternalMongoLog {

    ExternalMongoLog(@Value("${spring.mongodb.uri}") String uri) {
        ConnectionString cs = new ConnectionString(uri);
        LoggerFactory.getLogger(ExternalMongoLog.class)
                .info("Database: MongoDB at {} (from spring.mongodb.uri); nothing embedded is started", cs.getHosts());
    }
}
