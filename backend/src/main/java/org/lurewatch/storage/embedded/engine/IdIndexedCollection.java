package org.lurewatch.storage.embedded.engine;

import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Constants;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * A collection that lists its ids (every document, {@code _id} alone, in no particular order)
 * from its {@code _id} index instead of reading every document. H2 decodes a whole page of
 * documents to hand over one, so the scan decoded every document in full only to drop all but
 * its id: with 10,000 warnings, the catalogue's first read held the server's only worker for
 * 1.6 s of the start-up.
 * <p>
 * And a query that names ids and more ({@code {_id: x, status: "NEW"}}, a conditional update)
 * reads the named documents through the {@code _id} index and matches the rest on them: the
 * library uses an index only for a query on exactly its fields, so each such update read every
 * document of the collection (with 20,000 triage cases, a bulk of a few hundred conditional rank
 * updates held the only worker for seconds). Any other query reads the documents as before.
 */
public final class IdIndexedCollection extends H2Collection {

    private volatile MapUniqueIndex idIndex;

    public IdIndexedCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> documents,
            MVMap<String, Object> meta, CursorRegistry cursorRegistry) {
        super(database, name, options, documents, meta, cursorRegistry);
    }

    @Override
    public void addIndex(Index<Object> index) {
        super.addIndex(index);
        if (idIndex == null && Constants.PRIMARY_KEY_INDEX_NAME.equals(index.getName())
                && index instanceof MapUniqueIndex unique) {
            idIndex = unique;
        }
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
            Document fieldSelector) {
        MapUniqueIndex ids = idIndex;
        if (ids != null && query.size() > 1 && query.containsKey(getIdField())) {
            Document byId = new Document(getIdField(), query.get(getIdField()));
            if (ids.canHandle(byId)) {
                // the documents with these ids, then the whole query (the id part again included) on them
                return matchDocuments(query, ids.getPositions(byId), orderBy, numberToSkip, limit, batchSize, fieldSelector);
            }
        }
        return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
            Document fieldSelector) {
        MapUniqueIndex ids = idIndex;
        if (ids == null || !query.isEmpty() || (orderBy != null && !orderBy.isEmpty()) || !isIdAlone(fieldSelector)) {
            return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        // already in the projection's shape: nothing to match, sort or project
        Stream<Document> idsOnly = ids.positions().map(id -> new Document(getIdField(), id));
        return matchDocumentsFromStream(idsOnly, query, null, numberToSkip, limit, batchSize, null);
    }

    private boolean isIdAlone(Document fields) {
        return fields != null && fields.size() == 1 && Utils.isTrue(fields.get(getIdField()));
    }
}
