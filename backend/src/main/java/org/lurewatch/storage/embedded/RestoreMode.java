package org.lurewatch.storage.embedded;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A start with {@code --lurewatch.storage.restore-from=<backup>} restores the embedded database,
 * opens it once (the identity check and the count of lost writes run as on every start), and exits
 * without opening a port: left in a configuration by mistake, it would otherwise restore the same
 * old backup at every restart.
 */
public class RestoreMode implements EnvironmentPostProcessor {

    static final String PROPERTY = "lurewatch.storage.restore-from";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String backup = environment.getProperty(PROPERTY);
        if (backup != null && !backup.isBlank()) {
            environment.getPropertySources().addFirst(new MapPropertySource("lurewatch-restore-mode",
                    Map.of("spring.main.web-application-type", "none", "spring.main.banner-mode", "off")));
        }
    }
}
