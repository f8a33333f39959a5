package org.lurewatch.graphql.internal;

import org.lurewatch.graphql.QueryLimits;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryLimits.class)
class GraphQlConfiguration {
}
