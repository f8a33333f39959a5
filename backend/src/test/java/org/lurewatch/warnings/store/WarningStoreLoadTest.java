package org.lurewatch.warnings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lurewatch.support.TestWarnings;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningStatus;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The catalogue load reads its chunks on two lanes: whatever order they finish in, the warnings
 * come back in the order of their ids, and a chunk the database fails on fails the whole load with
 * the database's own error (which the start-up and the change poll report and recover from).
 */
class WarningStoreLoadTest {

    private static final int WARNINGS = 1_050; // eleven chunks, the last one short

    private final MongoTemplate mongo = mock(MongoTemplate.class, RETURNS_DEEP_STUBS);
    private final List<String> ids = IntStream.range(0, WARNINGS).mapToObj(i -> "w-" + i).toList();

    private WarningStore store() {
        when(mongo.getCollectionName(Warning.class)).thenReturn("warnings");
        when(mongo.find(any(Query.class), eq(Document.class), eq("warnings")))
                .thenReturn(ids.stream().map(id -> new Document("_id", id)).toList());
        return new WarningStore(mongo, mock(SampleWarningSeeder.class), new SimpleAsyncTaskExecutor());
    }

    /**
     * What the database answers for a chunk: its warnings, every 10th a draft. The first chunk is
     * the slowest by far, so the other lane finishes every later chunk before it.
     */
    private static List<Warning> answer(Query chunk) throws InterruptedException {
        List<?> wanted = chunk.getQueryObject().get("_id", Document.class).getList("$in", Object.class);
        if (wanted.contains("w-0")) {
            Thread.sleep(300);
        }
        return wanted.stream().map(id -> {
            int n = Integer.parseInt(((String) id).substring(2));
            return TestWarnings.warning("slug-" + n).id((String) id)
                    .status(n % 10 == 3 ? WarningStatus.DRAFT : WarningStatus.PUBLISHED).build();
        }).toList();
    }

    @Test
    void chunksFinishingInAnyOrderComeBackInTheOrderOfTheirIdsWithoutDrafts() {
        WarningStore store = store();
        when(mongo.find(any(Query.class), eq(Warning.class))).thenAnswer(call -> answer(call.getArgument(0)));

        List<Warning> published = store.published(UnaryOperator.identity());

        assertThat(published).extracting(Warning::id)
                .containsExactlyElementsOf(ids.stream().filter(id -> Integer.parseInt(id.substring(2)) % 10 != 3).toList());
    }

    @Test
    void aChunkTheDatabaseFailsOnFailsTheLoadWithTheDatabasesError() {
        WarningStore store = store();
        DataAccessResourceFailureException away = new DataAccessResourceFailureException("database away");
        AtomicInteger reads = new AtomicInteger();
        when(mongo.find(any(Query.class), eq(Warning.class))).thenAnswer(call -> {
            if (reads.incrementAndGet() == 7) {
                throw away;
            }
            return answer(call.getArgument(0));
        });

        assertThatThrownBy(() -> store.published(UnaryOperator.identity())).isSameAs(away);
    }
}
