package org.lurewatch.graphql;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import org.springframework.stereotype.Component;

/**
 * Answers to anonymous queries made only of {@code @publicCache} fields, shared by everyone who
 * asks the same thing. Modules whose public data changes call {@link #invalidate()}; the version
 * in every key makes sure an answer computed before a change is never stored after it.
 */
@Component
public class PublicResponses {

    private final AtomicLong version = new AtomicLong();
    private final Cache<String, ExecutionResult> answers = Caffeine.newBuilder()
            .maximumSize(5_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    /** Forgets every cached answer: call after public data changed. */
    public void invalidate() {
        version.incrementAndGet();
        answers.invalidateAll();
    }

    /** Grows with every change of public data; part of every key and of ETags. */
    public long version() {
        return version.get();
    }

    /** The cached answer under a key that includes {@link #version()}, or null. */
    public ExecutionResult get(String key) {
        return answers.getIfPresent(key);
    }

    public void put(String key, ExecutionResult result) {
        answers.put(key, result);
    }
}
