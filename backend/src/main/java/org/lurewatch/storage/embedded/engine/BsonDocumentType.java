package org.lurewatch.storage.embedded.engine;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded server keeps a document in its file: as BSON, the same encoding it already
 * speaks on the wire. H2's default stores every document through Java serialisation, which is
 * slower both ways: with BSON, plain inserts ran a fifth to a quarter faster and a warm read of the
 * 10,000-warning catalogue about a third faster (deploy/OPERATIONS.md, "Storage").
 * <p>
 * Files written before keep their documents readable: a value in the old form starts with one of
 * H2's own type tags (all below 120), one in this form with {@link #BSON}, which no tag uses.
 * {@link DurableH2Backend} rewrites a collection's old values once, when it first opens it.
 */
public final class BsonDocumentType extends BasicDataType<Document> {

    public static final BsonDocumentType INSTANCE = new BsonDocumentType();

    /** The first byte of a value in this form. */
    public static final byte BSON = (byte) 0xB5;

    private final ObjectDataType legacy = new ObjectDataType();
    /**
     * H2 sizes its page cache with these estimates. A decoded document (maps of strings) takes
     * several times its encoded size in the heap; races on this average only blur an estimate.
     */
    private volatile int averageEncodedSize = 1_024;

    private BsonDocumentType() {
    }

    /** True if this value was stored in the old (Java-serialised) form. */
    private static boolean isLegacy(ByteBuffer value) {
        return value.get(value.position()) != BSON;
    }

    @Override
    public int getMemory(Document document) {
        return averageEncodedSize * 4;
    }

    @Override
    public void write(WriteBuffer out, Document document) {
        int size = BsonForm.write(out, BSON, document, averageEncodedSize + averageEncodedSize / 4);
        if (size < 0) {
            // a value the server made that BSON has no type for: a failure here would stop every
            // later write to the file, so it keeps the old form, which reads back as well
            legacy.write(out, document);
        } else {
            observe(size);
        }
    }

    @Override
    public Document read(ByteBuffer in) {
        if (isLegacy(in)) {
            return (Document) legacy.read(in);
        }
        int start = in.position();
        Document document = BsonForm.read(in);
        observe(in.position() - start - 1);
        return document;
    }

    private void observe(int encodedSize) {
        averageEncodedSize = (averageEncodedSize * 15 + encodedSize) / 16;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    /** Only equality is ever asked of values (a conditional replace); documents have no order. */
    @Override
    public int compare(Document a, Document b) {
        return a.equals(b) ? 0 : 1;
    }
}
