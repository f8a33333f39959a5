package org.lurewatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** LureWatch: warnings about trafficking lures, anonymous tips, police triage. */
@SpringBootApplication
@EnableScheduling
public class LureWatchApplication {

    public static void main(String[] args) {
        SpringApplication.run(LureWatchApplication.class, args);
    }
}
