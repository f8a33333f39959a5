package org.lurewatch.warnings.store;

import java.util.Date;
import java.util.Optional;

import org.bson.Document;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningStatus;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Indexes and sample data, done once at start-up before the catalogue is first loaded; and the
 * cheap "has anything changed?" stamp that lets every instance notice edits made by another.
 */
@Component
public class WarningStoreSetup {

    private final MongoTemplate mongo;

    public WarningStoreSetup(MongoTemplate mongo, SampleWarningSeeder seeder) {
        this.mongo = mongo;
        mongo.indexOps(Warning.class).createIndex(new Index("slug", Sort.Direction.ASC).unique());
        mongo.indexOps(Warning.class).createIndex(new Index("status", Sort.Direction.ASC)
                .on("updatedAt", Sort.Direction.DESC));
        seeder.seedOnce();
    }

    /** Changes whenever a warning is published, edited or withdrawn, on any instance. */
    public String publishedStamp() {
        Query published = Query.query(Criteria.where("status").is(WarningStatus.PUBLISHED));
        long count = mongo.count(published, Warning.class);
        Query newest = new Query().with(Sort.by(Sort.Direction.DESC, "updatedAt")).limit(1);
        newest.fields().include("updatedAt");
        Date latest = Optional.ofNullable(mongo.findOne(newest, Document.class, "warnings"))
                .map(d -> d.getDate("updatedAt")).orElse(new Date(0));
        return count + "@" + latest.getTime();
    }
}
