package org.lurewatch.warnings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlSocket;
import org.lurewatch.support.PublicApiTest;
import org.lurewatch.support.TestWarnings;
import org.lurewatch.warnings.store.WarningRepository;
import org.lurewatch.warnings.store.WarningStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/** NGOs receive publications live, over graphql-transport-ws and over server-sent events. */
@PublicApiTest
class WarningSubscriptionTest {

    private static final String SUBSCRIPTION =
            "subscription { warningPublished(filter: {countries: [\\\"LA\\\"]}, lang: lo) { slug title language } }";

    @LocalServerPort
    int port;
    @Autowired
    WarningRepository repository;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    WarningCatalogue catalogue;
    @Autowired
    WarningStore store;

    private void publish(String slug, String country) {
        Warning w = repository.save(TestWarnings.warning(slug).countries(country)
                .text(org.lurewatch.common.Language.lo, "ຄຳເຕືອນ " + slug, "ສະຫຼຸບ").build());
        events.publishEvent(new WarningChanged(w.id(), slug, WarningStatus.PUBLISHED));
    }

    @Test
    void aWebSocketSubscriberReceivesMatchingPublicationsOnly() throws Exception {
        GraphQlSocket socket = GraphQlSocket.openWith(port, Map.of());
        int before = catalogue.liveSubscribers();
        socket.send("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"" + SUBSCRIPTION + "\"}}");
        // the subscription is registered asynchronously: publish once it is in place
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                .until(() -> catalogue.liveSubscribers() > before);

        publish("elsewhere", "TH");
        publish("in-laos", "LA");

        String next = socket.nextMessage(Duration.ofSeconds(5));
        assertThat(next).contains("\"type\":\"next\"", "in-laos", "ຄຳເຕືອນ in-laos", "\"language\":\"lo\"")
                .doesNotContain("elsewhere");
        socket.send("{\"id\":\"1\",\"type\":\"complete\"}");
        socket.close();
        await("the subscription ends with its socket").atMost(Duration.ofSeconds(10))
                .until(() -> catalogue.liveSubscribers() <= before);
    }

    @Test
    void aPublicationReachesASubscriberOnceThoughTheNextPollReadsItAgain() throws Exception {
        try (GraphQlSocket socket = GraphQlSocket.openWith(port, Map.of())) {
            int before = catalogue.liveSubscribers();
            socket.send("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"" + SUBSCRIPTION + "\"}}");
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                    .until(() -> catalogue.liveSubscribers() > before);
            publish("announced-once", "LA");
            assertThat(socket.nextMessage(Duration.ofSeconds(5))).contains("announced-once");

            // saved as another instance would: the poll reads what changed since its stamp, the
            // warning already announced here included
            repository.save(TestWarnings.warning("saved-elsewhere").countries("TH")
                    .text(org.lurewatch.common.Language.lo, "ຄຳເຕືອນ", "ສະຫຼຸບ").build());
            store.recordChange();
            catalogue.refreshIfChangedElsewhere();
            assertThat(catalogue.bySlug("saved-elsewhere")).as("the poll read the other change").isPresent();
            assertThat(socket.nextMessage(Duration.ofMillis(500))).as("a second announcement").isNull();
        }
    }

    @Test
    void aServerSentEventsSubscriberReceivesPublications() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + SUBSCRIPTION + "\"}"))
                .timeout(Duration.ofSeconds(20)).build();
        // the server holds the headers back until the first event: publish once the subscription is in place
        int before = catalogue.liveSubscribers();
        CompletableFuture<HttpResponse<InputStream>> pending =
                HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                .until(() -> catalogue.liveSubscribers() > before);
        publish("sse-in-laos-0", "LA");
        HttpResponse<InputStream> response = pending.get(10, TimeUnit.SECONDS);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (Exception ignored) {
                // the stream is closed when the test ends
            }
        });
        reader.setDaemon(true);
        reader.start();

        String data = null;
        for (String line; (line = lines.poll(5, TimeUnit.SECONDS)) != null; ) {
            if (line.startsWith("data:") && line.contains("sse-in-laos-")) {
                data = line;
                break;
            }
        }
        assertThat(data).contains("ຄຳເຕືອນ sse-in-laos-");
        response.body().close();
    }
}
