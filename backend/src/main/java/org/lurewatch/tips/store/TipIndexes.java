package org.lurewatch.tips.store;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * Every index of the {@code tips} collection, created once all beans exist, before the web server
 * takes the first tip. Two are rules, not speed: a unique idempotency key hash (a retried tip is
 * stored once) and a unique challenge hash (a proof of work buys one tip; sparse, since tips stored
 * before challenges were recorded have none). Creating an index that exists is a no-op; the names
 * are the driver's defaults, as earlier versions created them.
 */
@Component
class TipIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    TipIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        IndexOperations tips = mongo.indexOps(TipStore.COLLECTION);
        tips.createIndex(new Index().on(StoredTip.IDEMPOTENCY, Sort.Direction.ASC).unique());
        tips.createIndex(new Index().on(StoredTip.CHALLENGE, Sort.Direction.ASC).unique().sparse());
        tips.createIndex(new Index().on(StoredTip.RECEIPTS, Sort.Direction.ASC));
        tips.createIndex(new Index().on(StoredTip.INDICATOR_HASH, Sort.Direction.ASC));
        tips.createIndex(new Index().on(StoredTip.STATUS, Sort.Direction.ASC).on(StoredTip.SUBMITTED_HOUR, Sort.Direction.ASC));
    }
}
