package org.lurewatch.storage.embedded;

import java.time.Duration;

import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Ends a restore run ({@link RestoreMode}) once the restored database has been opened and checked.
 * A run listener ordered after the one that publishes the ready event, so every module's start-up
 * work on the restored database has run before the context closes (a ready-event listener that
 * closed it would pull the context from under those that come after it).
 */
public class RestoreExit implements SpringApplicationRunListener, Ordered {

    public RestoreExit(SpringApplication application, String[] args) {
        // the signature Spring Boot constructs run listeners with; neither is needed
    }

    @Override
    public void ready(ConfigurableApplicationContext context, Duration timeTaken) {
        String backup = context.getEnvironment().getProperty(RestoreMode.PROPERTY);
        if (backup == null || backup.isBlank()) {
            return;
        }
        LoggerFactory.getLogger(RestoreMode.class).warn("Restore done and checked. Now start the portal again"
                + " without --{}.", RestoreMode.PROPERTY);
        context.close();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
