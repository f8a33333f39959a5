package org.lurewatch.storage.embedded;

import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.lurewatch.storage.embedded.engine.BsonDocumentType;
import org.lurewatch.storage.embedded.engine.BsonKeyType;
import org.lurewatch.storage.embedded.engine.IdIndexedCollection;
import org.lurewatch.storage.embedded.engine.MapUniqueIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * <li>Documents are kept as BSON ({@link BsonDocumentType}), not through Java serialisation; a
 * collection written before is rewritten once, when it is first opened. So are ids and unique
 * index keys ({@link BsonKeyType}); an index map written before is rebuilt once.</li>
 * <li>A query for every id is answered from the {@code _id} index ({@link IdIndexedCollection}).</li>
 * </ul>
 */
class DurableH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);
    /** In a collection's meta map (next to H2Collection's own "dataSize"): its documents are BSON. */
    private static final String BSON_VALUES = "lurewatch.valueFormat.bson";
    /** In the meta map, followed by an index's name: that index's map orders its keys as BSON. */
    private static final String BSON_KEYS = "lurewatch.keyFormat.bson.";
    private static final int REWRITE_BATCH = 500;
    private static final int KEY_REWRITE_BATCH = 5_000;

    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "findandmodify", "create", "createindexes",
            "drop", "dropindexes", "dropdatabase", "renamecollection");

    private final Watermark watermark;
    private final long fileId;

    DurableH2Backend(MVStore store) {
        this(store, Watermark.none());
    }

    DurableH2Backend(MVStore store, Watermark watermark) {
        super(store);
        this.watermark = watermark;
        this.fileId = StoreOpener.fileId(store);
    }

    long fileId() {
        return fileId;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new H2Database(databaseName, getMvStore(), getCursorRegistry()) {
            @Override
            protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
                // the map names H2Database itself uses, so its drop and rename find these maps
                String namespace = getFullCollectionNamespace(collectionName);
                MVMap<Object, Document> documents = getMvStore().openMap("databases." + namespace,
                        new MVMap.Builder<Object, Document>().keyType(BsonKeyType.INSTANCE)
                                .valueType(BsonDocumentType.INSTANCE));
                MVMap<String, Object> meta = getMvStore().openMap("meta." + namespace);
                rewriteAsBson(namespace, documents, meta);
                return new IdIndexedCollection(this, collectionName, options, documents, meta, cursorRegistry);
            }

            @Override
            protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
                    List<IndexKey> keys, boolean sparse) {
                String namespace = getFullCollectionNamespace(collectionName);
                // the map name H2Database itself uses, so its drop finds this map
                MVMap<KeyValue, Object> entries = openIndex(namespace + "._index_" + indexName,
                        getMvStore().openMap("meta." + namespace), indexName);
                return new MapUniqueIndex(entries, indexName, keys, sparse);
            }

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

    /**
     * Once per collection of an older file: afterwards no page holds a Java-serialised document.
     * A crash midway is harmless: the mark is set last, and rewriting a value already in BSON only
     * costs time.
     */
    private void rewriteAsBson(String namespace, MVMap<Object, Document> documents, MVMap<String, Object> meta) {
        if (meta.containsKey(BSON_VALUES)) {
            return;
        }
        int rewritten = 0;
        for (Object key : List.copyOf(documents.keySet())) {
            documents.put(key, documents.get(key));
            if (++rewritten % REWRITE_BATCH == 0) {
                // rewritten pages stay in the heap until stored: 10,000 warnings would not fit
                getMvStore().commit();
            }
        }
        meta.put(BSON_VALUES, Boolean.TRUE);
        if (rewritten > 0) {
            getMvStore().commit();
            log.info("Rewrote the {} documents of {} as BSON (once, for files of older versions)", rewritten, namespace);
        }
    }

    /**
     * A unique index's map with {@link BsonKeyType}. One from an older file is in another order (its
     * keys were compared by their Java serialisation), so it is copied once into a new map in the
     * new order, which then takes its name. A crash midway leaves either the old map (the copy is
     * dropped and made again) or only the finished copy (which takes the name).
     */
    private MVMap<KeyValue, Object> openIndex(String name, MVMap<String, Object> meta, String indexName) {
        MVStore store = getMvStore();
        String copyName = name + ".rebuild";
        String mark = BSON_KEYS + indexName;
        if (meta.containsKey(mark) && !store.hasMap(copyName)) {
            return store.openMap(name, keyed()); // every start but the first: nothing to write
        }
        if (store.hasMap(copyName)) {
            if (store.hasMap(name)) {
                store.removeMap(copyName);
            } else {
                store.renameMap(store.openMap(copyName, keyed()), name);
            }
        }
        if (store.hasMap(name) && !meta.containsKey(mark)) {
            rebuild(store.openMap(name, keyed()), store.openMap(copyName, keyed()));
        }
        meta.put(mark, Boolean.TRUE);
        MVMap<KeyValue, Object> index = store.openMap(name, keyed());
        store.commit();
        return index;
    }

    /** Copies the old map in page order (no comparisons), then gives the copy the old map's name. */
    private void rebuild(MVMap<KeyValue, Object> old, MVMap<KeyValue, Object> copy) {
        MVStore store = getMvStore();
        String name = old.getName();
        int copied = 0;
        for (var entry : old.entrySet()) {
            copy.put(entry.getKey(), entry.getValue());
            if (++copied % KEY_REWRITE_BATCH == 0) {
                store.commit(); // as for documents: a large index's pages would otherwise pile up in the heap
            }
        }
        store.removeMap(old);
        store.renameMap(copy, name);
        log.info("Rebuilt index {} ({} keys) in BSON key order (once, for files of older versions)", name, copied);
    }

    static MVMap.Builder<KeyValue, Object> keyed() {
        return new MVMap.Builder<KeyValue, Object>().keyType(BsonKeyType.INSTANCE).valueType(BsonKeyType.INSTANCE);
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
            watermark.record(fileId, getMvStore().getCurrentVersion());
        }
        return reply;
    }

    /** True unless the command's write concern says {@code j: false} in so many words. */
    static boolean journaled(Document command) {
        return !(command.get("writeConcern") instanceof Document concern && Boolean.FALSE.equals(concern.get("j")));
    }
}
