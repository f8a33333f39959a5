package org.lurewatch.storage.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.h2.mvstore.MVStoreTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lurewatch.storage.EmbeddedMongoProperties;

/**
 * Issue 22, finding 2: the H2 file records when each chunk was written (header {@code time}, in
 * milliseconds since the file's {@code created}), so a copy dated each synced write, a tip's
 * among them. After the embedded server closes, the file's chunks all carry the time of the
 * shutdown: the spread of chunk times no longer shows the writes.
 */
class ChunkTimesTest {

    private static final Pattern TIME = Pattern.compile("chunk(?:Header|Footer) chunk:[0-9a-f]+,.*?time:([0-9a-f]+)");

    @Test
    void aStoppedPortalsFileDoesNotDateItsWrites(@TempDir Path dir) throws Exception {
        EmbeddedMongoProperties properties = new EmbeddedMongoProperties(dir, "lurewatch", 4, false);
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(properties, dir.resolve("secrets"), false, null);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> tips = client.getDatabase("lurewatch").getCollection("tips");
            for (int i = 0; i < 4; i++) {
                tips.insertOne(new Document("_id", "tip-" + i).append("n", i)); // each synced: a chunk each
                Thread.sleep(400); // H2 stamps chunks with its own clock: time has to pass
            }
            List<Long> live = chunkTimes(copyOf(properties.dataFile(), dir));
            assertThat(spread(live)).as("while it runs, the chunks show the writes 0.4 s apart").isGreaterThanOrEqualTo(1_200);
        }
        List<Long> atRest = chunkTimes(properties.dataFile());
        assertThat(atRest).isNotEmpty();
        assertThat(spread(atRest)).as("chunk times after shutdown " + atRest).isLessThan(500);

        try (EmbeddedMongoServer again = new EmbeddedMongoServer(properties, dir.resolve("secrets"), false, null);
                MongoClient client = MongoClients.create(again.connectionString())) {
            assertThat(client.getDatabase("lurewatch").getCollection("tips").countDocuments()).isEqualTo(4);
        }
    }

    private static Path copyOf(Path file, Path dir) throws Exception {
        Path copy = dir.resolve("copy.mv.db");
        Files.copy(file, copy);
        return copy;
    }

    private static List<Long> chunkTimes(Path file) {
        StringWriter out = new StringWriter();
        MVStoreTool.dump(file.toString(), new PrintWriter(out), false);
        List<Long> times = new ArrayList<>();
        Matcher m = TIME.matcher(out.toString());
        while (m.find()) {
            times.add(Long.parseLong(m.group(1), 16));
        }
        return times;
    }

    private static long spread(List<Long> times) {
        return times.stream().mapToLong(Long::longValue).max().orElse(0) - times.stream().mapToLong(Long::longValue).min().orElse(0);
    }
}
