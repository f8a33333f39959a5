package org.lurewatch.abuse.pow;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The ids of challenges already spent, in MongoDB so that every instance refuses a second use.
 * The unique {@code _id} makes "first one wins" atomic. Expired ids are deleted by a scheduled
 * job (TTL indexes do not work on the embedded server). The deletion time is rounded up to the
 * hour: a precise time would let someone line a spent challenge up with a tip's submission.
 *
 * <p>A spend is written without waiting for the journal: the tip stored right after it waits for
 * a journaled majority, and that covers every earlier write of the same primary (the journal and
 * the oplog are written in order; the embedded server syncs its one file). If no tip follows, a
 * crash may forget the spend, which lets that one solved challenge be used again before it
 * expires: harmless. (On the embedded server a synced write holds its only worker for
 * milliseconds.)
 */
@Component
class SpentChallenges {

    static final String COLLECTION = "spent_challenges";

    private final MongoTemplate mongo;
    private final Clock clock;

    SpentChallenges(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** @return false if the id was spent before */
    boolean spend(String id, Instant expiresAt) {
        Instant deleteAfter = expiresAt.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        try {
            collection().insertOne(new Document("_id", id).append("deleteAfter", Date.from(deleteAfter)));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Scheduled(fixedDelayString = "${lurewatch.abuse.proof-of-work.cleanup-interval:PT10M}",
            initialDelayString = "${lurewatch.abuse.proof-of-work.cleanup-interval:PT10M}")
    void deleteExpired() {
        collection().deleteMany(Filters.lt("deleteAfter", Date.from(clock.instant())));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION).withWriteConcern(WriteConcern.W1.withJournal(false));
    }
}
