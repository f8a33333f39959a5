package org.lurewatch.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real graphql-transport-ws client over the JDK's WebSocket, as a staff member's script would open one. */
public final class GraphQlSocket implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final WebSocket socket;

    private GraphQlSocket(int port, Map<String, String> headers) throws Exception {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws");
        headers.forEach(builder::header);
        socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + "/graphql"), new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    JsonNode message = JSON.readTree(partial.toString());
                    partial.setLength(0);
                    if (!"ping".equals(message.path("type").asString())) {
                        messages.add(message);
                    }
                }
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                closed.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                closed.complete(-1);
            }
        }).get(10, TimeUnit.SECONDS);
    }

    /** Opens the socket and completes the connection_init / connection_ack exchange. */
    public static GraphQlSocket open(int port, String bearerToken) throws Exception {
        return openWith(port, bearerToken == null ? Map.of() : Map.of("Authorization", "Bearer " + bearerToken));
    }

    /** Opens the socket with these handshake headers (e.g. an NGO's X-Api-Key) and completes connection_init. */
    public static GraphQlSocket openWith(int port, Map<String, String> headers) throws Exception {
        GraphQlSocket s = new GraphQlSocket(port, headers);
        s.socket.sendText("{\"type\":\"connection_init\"}", true).get(5, TimeUnit.SECONDS);
        JsonNode ack = s.messages.poll(10, TimeUnit.SECONDS);
        if (ack == null || !"connection_ack".equals(ack.path("type").asString())) {
            throw new AssertionError("no connection_ack: " + ack);
        }
        return s;
    }

    /** Sends one query or mutation and returns its result (the payload of "next"), or null if the socket closed first. */
    public JsonNode execute(String document) throws Exception {
        String id = Integer.toString(ids.incrementAndGet());
        try {
            socket.sendText(JSON.writeValueAsString(Map.of("id", id, "type", "subscribe",
                    "payload", Map.of("query", document))), true).get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (socket.isOutputClosed() || closed.isDone()) {
                return null; // the server closed the socket already
            }
            throw e;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode message = messages.poll(200, TimeUnit.MILLISECONDS);
            if (message == null) {
                if (closed.isDone()) {
                    return null;
                }
                continue;
            }
            if (id.equals(message.path("id").asString()) && "next".equals(message.path("type").asString())) {
                return message.path("payload");
            }
            if (id.equals(message.path("id").asString()) && "error".equals(message.path("type").asString())) {
                return JSON.createObjectNode().set("errors", message.path("payload"));
            }
        }
        throw new AssertionError("no answer to " + document);
    }

    /** Subscribes and returns the operation id. */
    public String subscribe(String document) throws Exception {
        String id = Integer.toString(ids.incrementAndGet());
        socket.sendText(JSON.writeValueAsString(Map.of("id", id, "type", "subscribe",
                "payload", Map.of("query", document))), true).get(5, TimeUnit.SECONDS);
        return id;
    }

    /** Sends one message as it is written (a subscribe with a chosen id, a complete). */
    public void send(String message) throws Exception {
        socket.sendText(message, true).get(5, TimeUnit.SECONDS);
    }

    /** The next message from the server (pings left out) as compact JSON, or null if none comes within {@code wait}. */
    public String nextMessage(Duration wait) throws InterruptedException {
        JsonNode message = messages.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        return message == null ? null : message.toString();
    }

    /** The close code, once the server closed the socket within {@code wait}; null if it is still open. */
    public Integer awaitClose(Duration wait) throws Exception {
        try {
            return closed.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException stillOpen) {
            return null;
        }
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        socket.abort();
    }
}
