package org.lurewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each public page, HTML with every stylesheet and script it loads (module imports followed),
 * stays under 100 KB on first load, as transferred: the bytes on the wire when the browser accepts
 * gzip (the server compresses HTML, CSS and JS), since small, slow phones are the audience.
 */
@SiteTest
class PageWeightTest {

    static final int BUDGET_BYTES = 100_000;

    private static final Pattern STYLESHEET = Pattern.compile("<link\\b[^>]*\\brel=\"(?:stylesheet|modulepreload)\"[^>]*\\bhref=\"([^\"]+)\"");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*\\bsrc=\"([^\"]+)\"");
    private static final Pattern IMPORT = Pattern.compile(
            "(?:^|[;\\s])(?:import|export)\\b[^'\";]*?\\bfrom\\s*['\"]([^'\"]+)['\"]"
            + "|(?:^|[;\\s])import\\s*['\"]([^'\"]+)['\"]|\\bimport\\(\\s*['\"]([^'\"]+)['\"]\\s*\\)");
    private static final Pattern CSS_IMPORT = Pattern.compile("@import\\s+(?:url\\()?['\"]?([^'\")\\s]+)");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/warning.html", "/check.html", "/report.html", "/my-report.html", "/weather.html"})
    void firstLoadStaysUnderBudget(String page) throws Exception {
        Map<String, Integer> bytes = new LinkedHashMap<>();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        Deque<URI> todo = new ArrayDeque<>(List.of(base.resolve(page)));
        while (!todo.isEmpty()) {
            URI uri = todo.removeFirst();
            if (bytes.containsKey(uri.getPath()) || !uri.getHost().equals(base.getHost())) {
                continue;
            }
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
            bytes.put(uri.getPath(), response.body().length);
            String text = new String(decoded(response), java.nio.charset.StandardCharsets.UTF_8);
            for (Pattern p : referencesIn(uri.getPath())) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    String ref = m.group(1);
                    for (int g = 2; ref == null && g <= m.groupCount(); g++) {
                        ref = m.group(g);
                    }
                    todo.add(uri.resolve(ref));
                }
            }
        }
        int total = bytes.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("page weight %-16s %,7d bytes transferred %s%n", page, total, bytes);
        assertThat(total).as("bytes of %s with its CSS and JS: %s", page, bytes).isLessThan(BUDGET_BYTES);
    }

    private static byte[] decoded(HttpResponse<byte[]> response) throws java.io.IOException {
        if (!response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
            return response.body();
        }
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
            return in.readAllBytes();
        }
    }

    private static List<Pattern> referencesIn(String path) {
        if (path.endsWith(".js")) {
            return List.of(IMPORT);
        }
        if (path.endsWith(".css")) {
            return List.of(CSS_IMPORT);
        }
        return List.of(STYLESHEET, SCRIPT);
    }
}
