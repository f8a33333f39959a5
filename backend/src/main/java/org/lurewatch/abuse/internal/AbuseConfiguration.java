package org.lurewatch.abuse.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AbuseProperties.class)
class AbuseConfiguration {
}
