package org.lurewatch.access.account;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A start with {@code --lurewatch.admin.reset-password=<user>} only resets that password and
 * exits: it opens no port, so it can run beside the portal (with a real MongoDB) and cannot be
 * left serving by mistake with the reset flag still set.
 */
public class ResetModeEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String user = environment.getProperty("lurewatch.admin.reset-password");
        if (user != null && !user.isBlank()) {
            environment.getPropertySources().addFirst(new MapPropertySource("lurewatch-reset-mode",
                    Map.of("spring.main.web-application-type", "none", "spring.main.banner-mode", "off")));
        }
    }
}
