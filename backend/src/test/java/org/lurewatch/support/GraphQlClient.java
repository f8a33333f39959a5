package org.lurewatch.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running app over real HTTP, as an NGO's script or the site would. */
public final class GraphQlClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public GraphQlClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Reply(int status, String contentType, JsonNode body, String raw,
            java.net.http.HttpHeaders headers) {

        public JsonNode data() {
            return body.path("data");
        }

        public JsonNode firstError() {
            return body.path("errors").path(0);
        }
    }

    public Reply query(String document, Map<String, Object> variables) {
        return post(JSON.writeValueAsString(Map.of("query", document, "variables", variables)),
                "application/json", "application/graphql-response+json");
    }

    public Reply query(String document) {
        return query(document, Map.of());
    }

    public Reply post(String body, String contentType, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Content-Type", contentType)
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(request);
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    public Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode body;
            try {
                body = raw.isBlank() ? JSON.missingNode() : JSON.readTree(raw);
            } catch (RuntimeException notJson) {
                body = JSON.missingNode();
            }
            return new Reply(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), body, raw, response.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String base() {
        return base;
    }
}
