package org.lurewatch.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts GraphQL over a plain socket bound to a chosen loopback source address (127.0.0.0/8 is all
 * loopback on Linux), so a test can be "a different client" or "a proxy" as the server sees it,
 * and can send any header (X-Forwarded-For, User-Agent, Cookie). Java 17's HttpClient cannot
 * choose its source address.
 */
public final class LoopbackHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final String sourceAddress;

    public LoopbackHttp(int port, String sourceAddress) {
        this.port = port;
        this.sourceAddress = sourceAddress;
    }

    public record Reply(int status, Map<String, String> headers, JsonNode body, String raw) {

        public JsonNode data() {
            return body.path("data");
        }

        public JsonNode firstError() {
            return body.path("errors").path(0);
        }

        public String errorCode() {
            return firstError().path("extensions").path("code").asString();
        }
    }

    public Reply query(String document, Map<String, Object> variables, Map<String, String> headers) {
        byte[] body = JSON.writeValueAsBytes(Map.of("query", document, "variables", variables));
        StringBuilder request = new StringBuilder()
                .append("POST /graphql HTTP/1.0\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n")
                .append("Content-Type: application/json\r\n")
                .append("Accept: application/graphql-response+json\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n");
        headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
        request.append("\r\n");
        return exchange(request.toString().getBytes(StandardCharsets.UTF_8), body);
    }

    private Reply exchange(byte[] head, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(sourceAddress), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.write(body);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET of {@code path} (e.g. a feed); the body is kept raw. */
    public Reply get(String path, Map<String, String> headers) {
        StringBuilder request = new StringBuilder().append("GET ").append(path).append(" HTTP/1.0\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n");
        headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
        request.append("\r\n");
        return exchange(request.toString().getBytes(StandardCharsets.UTF_8), new byte[0]);
    }

    /** A POST of raw bytes to {@code path} with any content type (malformed bodies included). */
    public Reply post(String path, String contentType, byte[] body, Map<String, String> headers) {
        StringBuilder request = new StringBuilder().append("POST ").append(path).append(" HTTP/1.0\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n")
                .append("Content-Type: ").append(contentType).append("\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n");
        headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
        request.append("\r\n");
        return exchange(request.toString().getBytes(StandardCharsets.UTF_8), body);
    }

    public Reply query(String document, Map<String, Object> variables) {
        return query(document, variables, Map.of());
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        return buffer.toByteArray();
    }

    private static Reply parse(byte[] response) {
        String text = new String(response, StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        String head = text.substring(0, split);
        String body = text.substring(split + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        JsonNode json;
        try {
            json = body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
        } catch (RuntimeException notJson) {
            json = JSON.missingNode();
        }
        return new Reply(status, headers, json, body);
    }
}
