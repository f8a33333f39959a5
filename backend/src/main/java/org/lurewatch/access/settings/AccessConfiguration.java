package org.lurewatch.access.settings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AccessProperties.class, AdminProperties.class})
class AccessConfiguration {
}
