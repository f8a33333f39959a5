package org.lurewatch.warnings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.lurewatch.graphql.PublicResponses;
import org.lurewatch.support.TestWarnings;
import org.lurewatch.warnings.store.WarningStore;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/** The catalogue loads beside the start-up, and the web server waits for it. */
class CatalogueReadinessTest {

    private final WarningStore store = mock(WarningStore.class);

    @Test
    void theServerWaitsUntilTheFirstLoadIsDone() throws Exception {
        CountDownLatch databaseAnswers = new CountDownLatch(1);
        Warning warning = TestWarnings.warning("slow-start").id("w-1").build();
        when(store.published(any())).thenAnswer(call -> {
            databaseAnswers.await();
            return List.of(warning);
        });
        WarningCatalogue catalogue = new WarningCatalogue(store, Clock.systemUTC(), mock(PublicResponses.class),
                new SimpleAsyncTaskExecutor());
        CatalogueReadiness readiness = new CatalogueReadiness(catalogue);

        CompletableFuture<Void> started = CompletableFuture.runAsync(readiness::start);
        Thread.sleep(300); // the load cannot finish before the latch opens, however slow the machine
        assertThat(started).isNotDone();
        assertThat(readiness.isRunning()).isFalse();

        databaseAnswers.countDown();
        started.get(30, TimeUnit.SECONDS);
        assertThat(readiness.isRunning()).isTrue();
        assertThat(catalogue.bySlug("slow-start")).isPresent();
    }

    @Test
    void aFailedLoadFailsTheStart() {
        when(store.published(any())).thenThrow(new IllegalStateException("database away"));
        WarningCatalogue catalogue = new WarningCatalogue(store, Clock.systemUTC(), mock(PublicResponses.class),
                new SimpleAsyncTaskExecutor());

        assertThatThrownBy(new CatalogueReadiness(catalogue)::start).isInstanceOf(IllegalStateException.class)
                .hasMessage("database away");
    }
}
