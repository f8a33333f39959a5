import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.lurewatch.storage.EmbeddedMongoProperties;
import org.lurewatch.storage.embedded.EmbeddedMongoServer;
import org.slf4j.LoggerFactory;

/**
 * The database side of bench/run.sh scenario 6, run with the app's classpath (the app must not be
 * running on the same data directory: the file is locked).
 *   count  DATA_DIR SAMPLE_OUT                          prints how many tips the app's database holds and
 *                                                       writes one stored tip (encrypted, as the app wrote it)
 *   insert DATA_DIR SAMPLE WARMUP SECONDS WRITERS       the baseline: WRITERS threads insert copies of SAMPLE
 *                                                       (fresh _id and hashes, same size and shape) through
 *                                                       the MongoDB driver into the app's embedded server
 *                                                       (same class, same durable H2 backend: commit+sync per
 *                                                       write, one worker thread) on a fresh DATA_DIR, with the
 *                                                       tips collection's indexes and write concern; prints
 *                                                       "inserts/s p50 p99 errors" for the SECONDS after a warm-up
 */
public class TipBaseline {

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.ERROR);
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(new EmbeddedMongoProperties(Path.of(args[1]), null, null, false));
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> tips = client.getDatabase("lurewatch").getCollection("tips")
                    .withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
            if (args[0].equals("count")) {
                System.out.println(tips.countDocuments());
                Document sample = tips.find().first();
                if (sample != null) {
                    Files.writeString(Path.of(args[2]), sample.toJson());
                }
            } else {
                insert(tips, Document.parse(Files.readString(Path.of(args[2]))), Integer.parseInt(args[3]),
                        Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            }
        }
    }

    static void insert(MongoCollection<Document> tips, Document sample, int warmup, int seconds, int writers)
            throws InterruptedException {
        // the indexes TipStore creates (the embedded server keeps only the unique one)
        tips.createIndex(Indexes.ascending("idempotencyKeyHash"), new IndexOptions().unique(true));
        tips.createIndex(Indexes.ascending("receiptHashes"));
        tips.createIndex(Indexes.ascending("indicators.h"));
        tips.createIndex(Indexes.ascending("status", "submittedHour"));
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        AtomicInteger errors = new AtomicInteger();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            long[] mine = new long[200_000];
            latencies.add(mine);
            int writer = w;
            Thread thread = new Thread(() -> {
                Random random = new Random(writer);
                int n = 0;
                while (true) {
                    Document doc = copy(sample, random);
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        break;
                    }
                    try {
                        tips.insertOne(doc);
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                        continue;
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= measureFrom && t1 <= end && n < mine.length) {
                        mine[n++] = t1 - t0;
                    }
                }
                mine[mine.length - 1] = n; // how many entries this writer filled
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        int total = 0;
        for (long[] l : latencies) {
            total += (int) l[l.length - 1];
        }
        long[] all = new long[total];
        int i = 0;
        for (long[] l : latencies) {
            int n = (int) l[l.length - 1];
            System.arraycopy(l, 0, all, i, n);
            i += n;
        }
        Arrays.sort(all);
        System.out.printf("%.2f\t%s\t%s\t%d%n", total / (double) seconds, ms(all, 0.50), ms(all, 0.99), errors.get());
    }

    /** The sample with a fresh id, idempotency hash and receipt hash: same fields, same sizes. */
    static Document copy(Document sample, Random random) {
        Document doc = Document.parse(sample.toJson());
        doc.put("_id", UUID.randomUUID().toString());
        doc.put("idempotencyKeyHash", hex(random, sample.getString("idempotencyKeyHash").length()));
        List<String> receipts = new ArrayList<>();
        for (String r : sample.getList("receiptHashes", String.class)) {
            receipts.add(hex(random, r.length()));
        }
        doc.put("receiptHashes", receipts);
        return doc;
    }

    static String hex(Random random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(Character.forDigit(random.nextInt(16), 16));
        }
        return s.toString();
    }

    static String ms(long[] sorted, double q) {
        if (sorted.length == 0) {
            return "-";
        }
        return String.format("%.2fms", sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))] / 1e6);
    }
}
