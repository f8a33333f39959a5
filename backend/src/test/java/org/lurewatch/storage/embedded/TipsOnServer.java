package org.lurewatch.storage.embedded;

import java.net.InetSocketAddress;
import java.util.function.Function;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;

/** Runs work on a tips collection served from one backend's file, then closes both, as a restart would. */
final class TipsOnServer {

    private TipsOnServer() {
    }

    static <T> T withTips(H2Backend backend, Function<MongoCollection<Document>, T> work) {
        MongoServer server = new MongoServer(backend);
        server.bind(new InetSocketAddress("127.0.0.1", 0), 1, 1);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            return work.apply(client.getDatabase("lurewatch").getCollection("tips"));
        } finally {
            server.shutdownNow();
            backend.close();
        }
    }
}
