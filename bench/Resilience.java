import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of bench/resilience.sh, JDK only (run with `java bench/Resilience.java`).
 *   load   PORT SECONDS MAX_TIPS LEDGER  submits tips (solving the proof of work) and reads warnings
 *                                       concurrently; every answered tip goes to LEDGER as "key<TAB>receipt"
 *   verify PORT LEDGER                  every answered receipt is readable, and re-sending every key
 *                                       answers retried=true (the tip is stored exactly once)
 */
public class Resilience {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final Pattern RECEIPT = Pattern.compile("\"receipt\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern CHALLENGE = Pattern.compile("\"challenge\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern DIFFICULTY = Pattern.compile("\"difficulty\"\\s*:\\s*(\\d+)");
    static final Pattern RETRIED = Pattern.compile("\"retried\"\\s*:\\s*(true|false)");
    static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    static String base;

    public static void main(String[] args) throws Exception {
        base = "http://127.0.0.1:" + args[1];
        if (args[0].equals("load")) {
            load(Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
        } else {
            System.exit(verify(Path.of(args[2])) ? 0 : 1);
        }
    }

    static void load(int seconds, int maxTips, Path ledger) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger answered = new AtomicInteger(), failed = new AtomicInteger(), reads = new AtomicInteger(),
                readFailures = new AtomicInteger(), started = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            threads.add(start(() -> {
                while (System.nanoTime() < end && started.incrementAndGet() <= maxTips) {
                    String key = UUID.randomUUID().toString();
                    try {
                        String receipt = submit(key);
                        if (receipt == null) {
                            failed.incrementAndGet();
                            continue;
                        }
                        synchronized (Resilience.class) { // the ledger line is written before the next request
                            Files.writeString(ledger, key + "\t" + receipt + "\n", StandardOpenOption.APPEND,
                                    StandardOpenOption.CREATE, StandardOpenOption.SYNC);
                        }
                        answered.incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        sleep(200);
                    }
                }
            }));
        }
        for (int i = 0; i < 2; i++) {
            threads.add(start(() -> {
                while (System.nanoTime() < end) {
                    try {
                        String body = post("{\"query\":\"{ warnings(first: 5) { totalCount edges { node { slug } } } }\"}");
                        (body.contains("totalCount") ? reads : readFailures).incrementAndGet();
                    } catch (Exception e) {
                        readFailures.incrementAndGet();
                        sleep(200);
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf("load: tips answered %d, tip requests failed or unanswered %d, warning reads %d ok, %d failed%n",
                answered.get(), failed.get(), reads.get(), readFailures.get());
    }

    static String submit(String key) throws Exception {
        String c = post("{\"query\":\"{ tipChallenge { challenge difficulty } }\"}");
        String challenge = find(CHALLENGE, c);
        int difficulty = Integer.parseInt(find(DIFFICULTY, c));
        String nonce = solve(challenge, difficulty);
        String query = "mutation($i: TipInput!, $p: ProofOfWorkInput) { submitTip(input: $i, proofOfWork: $p) { receipt retried } }";
        String vars = "{\"i\":{\"category\":\"JOB_OFFER\",\"country\":\"TH\",\"channel\":\"FACEBOOK\",\"story\":\"resilience "
                + key + " a casino job with free flights\",\"inDangerNow\":false,\"language\":\"en\","
                + "\"reportingFor\":\"SOMEONE_ELSE\",\"idempotencyKey\":\"" + key + "\"},"
                + "\"p\":{\"challenge\":\"" + challenge + "\",\"nonce\":\"" + nonce + "\"}}";
        String body = post("{\"query\":\"" + query.replace("\"", "\\\"") + "\",\"variables\":" + vars + "}");
        Matcher m = RECEIPT.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    static boolean verify(Path ledger) throws Exception {
        List<String> lines = Files.exists(ledger) ? Files.readAllLines(ledger) : List.of();
        Set<String> keys = new HashSet<>(), receipts = new HashSet<>();
        int readable = 0, once = 0, duplicateLines = 0;
        List<String> problems = new ArrayList<>();
        for (String line : lines) {
            String[] kr = line.split("\t");
            if (!keys.add(kr[0]) || !receipts.add(kr[1])) {
                duplicateLines++;
            }
            String status = post("{\"query\":\"query($r: String!) { tipStatus(receipt: $r) { status } }\","
                    + "\"variables\":{\"r\":\"" + kr[1] + "\"}}");
            Matcher s = STATUS.matcher(status);
            if (s.find()) {
                readable++;
            } else {
                problems.add("unreadable " + kr[1] + ": " + status);
            }
            String again = submitAgain(kr[0]);
            if ("true".equals(find(RETRIED, again))) {
                once++;
            } else {
                problems.add("key " + kr[0] + " was not stored (or stored again): " + again);
            }
        }
        System.out.printf("verify: %d answered tips, %d readable by receipt, %d confirmed stored exactly once "
                + "(re-sending the key answers retried=true), %d duplicate ledger entries%n",
                lines.size(), readable, once, duplicateLines);
        problems.stream().limit(10).forEach(p -> System.out.println("  PROBLEM " + p));
        return problems.isEmpty() && duplicateLines == 0;
    }

    static String submitAgain(String key) throws Exception {
        String c = post("{\"query\":\"{ tipChallenge { challenge difficulty } }\"}");
        String challenge = find(CHALLENGE, c);
        String nonce = solve(challenge, Integer.parseInt(find(DIFFICULTY, c)));
        String query = "mutation($i: TipInput!, $p: ProofOfWorkInput) { submitTip(input: $i, proofOfWork: $p) { retried } }";
        String vars = "{\"i\":{\"category\":\"JOB_OFFER\",\"country\":\"TH\",\"channel\":\"FACEBOOK\",\"story\":\"resilience "
                + key + " a casino job with free flights\",\"inDangerNow\":false,\"language\":\"en\","
                + "\"reportingFor\":\"SOMEONE_ELSE\",\"idempotencyKey\":\"" + key + "\"},"
                + "\"p\":{\"challenge\":\"" + challenge + "\",\"nonce\":\"" + nonce + "\"}}";
        return post("{\"query\":\"" + query.replace("\"", "\\\"") + "\",\"variables\":" + vars + "}");
    }

    static String post(String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/graphql")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Accept", "application/graphql-response+json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    static String find(Pattern p, String s) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + s);
        }
        return m.group(1);
    }

    static String solve(String challenge, int difficulty) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (long n = 0; ; n++) {
            String nonce = Long.toString(n, 36);
            byte[] d = sha.digest((challenge + ":" + nonce).getBytes(StandardCharsets.UTF_8));
            int bits = 0;
            for (byte b : d) {
                if (b == 0) {
                    bits += 8;
                    continue;
                }
                bits += Integer.numberOfLeadingZeros(b & 0xff) - 24;
                break;
            }
            if (bits >= difficulty) {
                return nonce;
            }
        }
    }

    static Thread start(Runnable r) {
        Thread t = new Thread(r);
        t.start();
        return t;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
