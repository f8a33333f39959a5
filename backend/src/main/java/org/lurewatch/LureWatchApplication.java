package org.lurewatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/** LureWatch: warnings about trafficking lures, anonymous tips, police triage. */
@SpringBootApplication
@EnableScheduling
public class LureWatchApplication {

    public static void main(String[] args) {
        SpringApplication.run(LureWatchApplication.class, args);
    }

    /** One clock for the whole app, so tests can move time (expiry, retention, challenges). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
