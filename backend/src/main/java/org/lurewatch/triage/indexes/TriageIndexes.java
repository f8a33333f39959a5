package org.lurewatch.triage.indexes;

import org.lurewatch.triage.audit.AuditLog;
import org.lurewatch.triage.cases.CaseStore;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * Every index of triage's collections, created once all beans exist and before the application
 * starts taking requests or running its jobs. Creating an index that exists is a no-op; the names
 * are the driver's defaults, as earlier versions created them. The embedded server ignores
 * non-unique indexes; a real MongoDB uses them for the queue, retention and the audit filters.
 */
@Component
class TriageIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    TriageIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        IndexOperations cases = mongo.indexOps(CaseStore.COLLECTION);
        cases.createIndex(new Index().on("status", Sort.Direction.ASC).on("submittedHour", Sort.Direction.ASC));
        cases.createIndex(new Index().on("assignee", Sort.Direction.ASC));
        cases.createIndex(new Index().on("linkHashes", Sort.Direction.ASC));
        cases.createIndex(new Index().on("closedAt", Sort.Direction.ASC));
        // the queue's order (CaseStore.QUEUE_ORDER): a page reads its cases along it and stops
        cases.createIndex(new Index().on("priority", Sort.Direction.DESC).on("submittedHour", Sort.Direction.ASC)
                .on("_id", Sort.Direction.ASC));
        // the look for stale ranks (CaseRanks.staleAt): cases holding waiting points they no longer earn
        cases.createIndex(new Index().on("waitingPoints", Sort.Direction.ASC));

        IndexOperations audit = mongo.indexOps(AuditLog.COLLECTION);
        audit.createIndex(new Index().on("tipId", Sort.Direction.ASC).on("at", Sort.Direction.ASC));
        audit.createIndex(new Index().on("user", Sort.Direction.ASC).on("at", Sort.Direction.ASC));
    }
}
