package org.lurewatch.storage.embedded.engine;

import java.nio.ByteBuffer;
import java.util.List;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded server keeps its keys and index entries: a document's id, and a unique index's
 * key (a {@link KeyValue}) with the id it points to, as BSON. H2's default type Java-serialised
 * them, and as a {@code KeyValue} is not {@code Comparable}, serialised both sides of every
 * comparison as well: while tips arrived, that made gigabytes of garbage a minute (README,
 * "Storage").
 * <p>
 * The order is H2's own for everything but index keys ({@link ObjectDataType#compare}), so a
 * collection's existing pages stay in order and only change form as they are rewritten. Index
 * keys are ordered by the server's own value order, element by element; an index map from an older
 * file is rebuilt once in that order ({@link DurableH2Backend}). As with documents, a key in the
 * old form (H2's type tags, all below 120) still reads, and a value BSON cannot hold keeps it.
 */
public final class BsonKeyType extends BasicDataType<Object> {

    public static final BsonKeyType INSTANCE = new BsonKeyType();

    /** First byte of an index key: its values as a BSON array in a document. */
    public static final byte KEY_VALUE = (byte) 0xB6;
    /** First byte of any other key or entry: the value in a one-field document. */
    public static final byte VALUE = (byte) 0xB7;

    private static final ValueComparator VALUES = ValueComparator.asc();

    private final ObjectDataType legacy = new ObjectDataType();

    private BsonKeyType() {
    }

    @Override
    public int getMemory(Object key) {
        return key instanceof KeyValue values ? 48 + 48 * values.size() : 64;
    }

    @Override
    public void write(WriteBuffer out, Object key) {
        int size = key instanceof KeyValue values
                ? BsonForm.write(out, KEY_VALUE, new Document("k", values.stream().toList()), 64)
                : BsonForm.write(out, VALUE, new Document("v", key), 64);
        if (size < 0) {
            // as for documents: a failed page write would stop every later write to the file
            legacy.write(out, key);
        }
    }

    @Override
    public Object read(ByteBuffer in) {
        byte form = in.get(in.position());
        if (form != KEY_VALUE && form != VALUE) {
            return legacy.read(in);
        }
        Document wrapped = BsonForm.read(in);
        return form == VALUE ? wrapped.get("v") : new KeyValue((List<?>) wrapped.get("k"));
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue x && b instanceof KeyValue y) {
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                int byValue = VALUES.compare(x.get(i), y.get(i));
                if (byValue != 0) {
                    return byValue;
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        return legacy.compare(a, b);
    }
}
