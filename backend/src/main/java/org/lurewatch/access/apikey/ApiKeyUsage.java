package org.lurewatch.access.apikey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;

import org.bson.Document;
import org.lurewatch.common.UserInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Requests per key and UTC day. The hot path only increments an in-memory counter; a scheduled
 * flush adds the counts to MongoDB with one {@code $inc} upsert per key and day (so several
 * instances add up), and a read flushes first. A crash loses at most one flush interval of counts:
 * usage is for administrators' overview, not billing.
 */
@Component
public class ApiKeyUsage {

    public static final int MAX_DAYS = 90;
    static final String COLLECTION = "api_key_usage";
    private static final Logger log = LoggerFactory.getLogger(ApiKeyUsage.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Map<Counter, AtomicLong> pending = new ConcurrentHashMap<>();

    private record Counter(String keyId, LocalDate day) {
        String documentId() {
            return keyId + ":" + day;
        }
    }

    /** Requests made with one key on one UTC day. */
    public record DayCount(LocalDate day, long requests) {
    }

    ApiKeyUsage(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public void count(String keyId) {
        pending.computeIfAbsent(new Counter(keyId, today()), c -> new AtomicLong()).incrementAndGet();
    }

    /** The last {@code days} UTC days, today first, days without requests included as 0. */
    public List<DayCount> recent(String keyId, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new UserInputException("days", "days must be between 1 and " + MAX_DAYS + " (was " + days + ")");
        }
        flush();
        LocalDate today = today();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            ids.add(new Counter(keyId, today.minusDays(i)).documentId());
        }
        Map<String, Long> stored = new HashMap<>();
        for (Document d : mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, COLLECTION)) {
            stored.put(d.getString("_id"), ((Number) d.get("requests")).longValue());
        }
        List<DayCount> result = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            result.add(new DayCount(today.minusDays(i), stored.getOrDefault(ids.get(i), 0L)));
        }
        return result;
    }

    @Scheduled(fixedDelayString = "${lurewatch.access.api-keys.usage-flush-interval:30s}")
    public synchronized void flush() {
        LocalDate today = today();
        for (Map.Entry<Counter, AtomicLong> entry : pending.entrySet()) {
            Counter counter = entry.getKey();
            long requests = entry.getValue().getAndSet(0);
            if (requests > 0) {
                try {
                    mongo.upsert(Query.query(Criteria.where("_id").is(counter.documentId())),
                            new Update().inc("requests", requests).setOnInsert("keyId", counter.keyId())
                                    .setOnInsert("day", counter.day().toString()),
                            COLLECTION);
                } catch (RuntimeException e) {
                    entry.getValue().addAndGet(requests); // keep them for the next flush
                    log.warn("Could not store API key usage; will retry: {}", e.toString());
                    continue;
                }
            }
            if (counter.day().isBefore(today)) {
                pending.remove(counter, entry.getValue());
            }
        }
    }

    @PreDestroy
    void flushOnShutdown() {
        flush();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
