import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pre-generates submitTip request bodies for bench/run.sh scenario 6, JDK only, compiled with
 * Resilience.java for its proof-of-work solver (`javac -d DIR bench/Resilience.java
 * bench/TipBodies.java && java -cp DIR TipBodies PORT COUNT OUT`): one JSON body per line, each with its own solved,
 * single-use proof-of-work challenge and its own idempotency key, so that every request the load
 * client sends stores a new tip. Challenges are fetched {@value #PER_REQUEST} at a time with
 * aliases (the public query limits allow 30 aliases), by 4 threads. They expire (10 minutes by
 * default): generate right before the run.
 */
public class TipBodies {

    static final int PER_REQUEST = 25;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Pattern CHALLENGE = Pattern.compile("\"challenge\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"difficulty\"\\s*:\\s*(\\d+)");
    static final String MUTATION = "mutation($i: TipInput!, $p: ProofOfWorkInput) { "
            + "submitTip(input: $i, proofOfWork: $p) { receipt retried } }";
    /** A tip of typical size: a story of a few sentences, a place and one phone number. */
    static final String STORY = "A recruiter on Facebook offered my cousin a customer service job in Bangkok with a salary "
            + "of 40,000 baht, free flights and free accommodation. Now they say the office moved near Myawaddy and "
            + "they want a fee of 5,000 baht before she can go home. Bench tip ";

    public static void main(String[] args) throws Exception {
        String url = "http://127.0.0.1:" + args[0] + "/graphql";
        int count = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < PER_REQUEST; i++) {
            query.append(" c").append(i).append(": tipChallenge { challenge difficulty }");
        }
        String challengeRequest = "{\"query\":\"" + query.append(" }") + "\"}";
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<String>>> batches = new ArrayList<>();
        for (int done = 0; done < count; done += PER_REQUEST) {
            int n = Math.min(PER_REQUEST, count - done);
            batches.add(pool.submit(() -> bodies(url, challengeRequest, n)));
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Future<List<String>> batch : batches) {
                for (String body : batch.get()) {
                    w.write(body);
                    w.newLine();
                }
            }
        }
        pool.shutdown();
        System.err.printf("  %d submitTip bodies with solved challenges in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);
    }

    static List<String> bodies(String url, String challengeRequest, int n) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(challengeRequest)).build();
        String answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CHALLENGE.matcher(answer);
        List<String> bodies = new ArrayList<>(n);
        while (bodies.size() < n && m.find()) {
            String challenge = m.group(1);
            String key = UUID.randomUUID().toString();
            String vars = "{\"i\":{\"category\":\"JOB_OFFER\",\"country\":\"TH\",\"place\":\"Mae Sot\",\"channel\":\"FACEBOOK\","
                    + "\"story\":\"" + STORY + key + "\",\"indicators\":[{\"type\":\"PHONE\",\"value\":\"+66 81 "
                    + (100 + Math.floorMod(key.hashCode(), 900)) + " 5678\"}],\"inDangerNow\":false,\"language\":\"en\","
                    + "\"reportingFor\":\"SOMEONE_ELSE\",\"idempotencyKey\":\"" + key + "\"},"
                    + "\"p\":{\"challenge\":\"" + challenge + "\",\"nonce\":\"" + Resilience.solve(challenge, Integer.parseInt(m.group(2))) + "\"}}";
            bodies.add("{\"query\":\"" + MUTATION.replace("\"", "\\\"") + "\",\"variables\":" + vars + "}");
        }
        if (bodies.size() < n) {
            throw new IllegalStateException("expected " + n + " challenges, got: " + answer.substring(0, Math.min(300, answer.length())));
        }
        return bodies;
    }
}
