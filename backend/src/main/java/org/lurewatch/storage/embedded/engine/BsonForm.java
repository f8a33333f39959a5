package org.lurewatch.storage.embedded.engine;

import java.nio.ByteBuffer;
import java.util.Map;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;

/**
 * The form {@link BsonDocumentType} and {@link BsonKeyType} store values in: one marker byte, which
 * none of H2's own type tags (all below 120) uses, then a BSON document.
 */
final class BsonForm {

    private BsonForm() {
    }

    /**
     * Writes the marker and the document, and returns the document's encoded size; writes nothing
     * and returns -1 when BSON has no type for a value in it (the caller keeps the old form then).
     */
    static int write(WriteBuffer out, byte marker, Map<String, ?> document, int sizeHint) {
        ByteBuf bson = Unpooled.buffer(sizeHint);
        try {
            BsonEncoder.encodeDocument(document, bson);
            int size = bson.readableBytes();
            out.put(marker).put(bson.nioBuffer());
            return size;
        } catch (RuntimeException notBson) {
            return -1;
        } finally {
            bson.release();
        }
    }

    /** Reads the document after the marker at the buffer's position, leaving the buffer after it. */
    static Document read(ByteBuffer in) {
        in.get();
        ByteBuf bson = Unpooled.wrappedBuffer(in.slice());
        Document document = BsonDecoder.decodeBson(bson);
        in.position(in.position() + bson.readerIndex());
        return document;
    }
}
