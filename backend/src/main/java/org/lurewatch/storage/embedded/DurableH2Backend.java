package org.lurewatch.storage.embedded;

import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend of mongo-java-server, made durable and healthy:
 * <ul>
 * <li>H2 commits about once a second on its own, so a {@code kill -9} would lose the last
 * second of acknowledged writes. A tip the API reports as stored must be durable, so every
 * write command is committed and synced to disk before it is acknowledged, unless it says it
 * needs no journal ({@code writeConcern: {j: false}}), as on MongoDB: such a write is made durable
 * by the next synced write (one file, written in order) or by H2's own commit a second later.
 * A synced write costs milliseconds on the server's only worker thread, so a write whose loss
 * in a crash is harmless or repaired should say so.</li>
 * <li>Boot's health check and modern drivers send {@code hello}, which the server does not know;
 * it is answered like {@code isMaster}, which it does.</li>
 * <li>The server keeps no secondary (non-unique) indexes, but its placeholder for one says it is
 * empty, so every start "built" each by reading the whole collection twice: with 10,000 warnings,
 * most of the start-up time. The placeholder here says it is built.</li>
 * </ul>
 */
class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "findandmodify", "create", "createindexes",
            "drop", "dropindexes", "dropdatabase", "renamecollection");

    DurableH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new H2Database(databaseName, getMvStore(), getCursorRegistry()) {
            @Override
            protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
                    List<IndexKey> keys, boolean sparse) {
                return new EmptyIndex<>(indexName, keys) {
                    @Override
                    public boolean isEmpty() {
                        return false;
                    }
                };
            }
        };
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if ("hello".equalsIgnoreCase(command)) {
            Document reply = super.handleCommand(channel, databaseName, "isMaster", query);
            reply.put("isWritablePrimary", Boolean.TRUE);
            return reply;
        }
        Document reply = super.handleCommand(channel, databaseName, command, query);
        if (WRITE_COMMANDS.contains(command.toLowerCase(java.util.Locale.ROOT)) && !isInMemory() && journaled(query)) {
            commit();
            getMvStore().sync();
        }
        return reply;
    }

    /** True unless the command's write concern says {@code j: false} in so many words. */
    static boolean journaled(Document command) {
        return !(command.get("writeConcern") instanceof Document concern && Boolean.FALSE.equals(concern.get("j")));
    }
}
