package org.lurewatch.triage.cases;

import java.util.List;

import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.types.Binary;
import org.lurewatch.tips.SealedText;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

/**
 * Text staff wrote about a tip (or the red flags of its story) as stored in a case: sealed with the
 * tip keys as {@code {k: keyId, c: ciphertext}}, or, written by a version before sealing, a plain
 * string, which {@link CaseSealing} seals at the next start. This version writes staff text only
 * sealed ({@link CaseSeal}); in clear only the priority reasons that restate clear fields.
 *
 * @param clear  the text in clear (an earlier version's), or null
 * @param sealed the sealed text, or null
 */
public record CaseText(String clear, SealedText sealed) {

    static CaseText sealed(SealedText sealed) {
        return new CaseText(null, sealed);
    }

    /** As stored: the sealed document, or the string in clear. */
    BsonValue stored() {
        return new ToStored().convert(this);
    }

    boolean inClear() {
        return clear != null;
    }

    /** The converters that read both forms and write the sealed one. */
    static List<Converter<?, ?>> converters() {
        return List.of(new FromClear(), new FromSealed(), new ToStored());
    }

    @ReadingConverter
    static final class FromClear implements Converter<String, CaseText> {
        @Override
        public CaseText convert(String clear) {
            return new CaseText(clear, null);
        }
    }

    @ReadingConverter
    static final class FromSealed implements Converter<Document, CaseText> {
        @Override
        public CaseText convert(Document sealed) {
            if (!(sealed.get("k") instanceof Integer key) || !(sealed.get("c") instanceof Binary ciphertext)) {
                throw new IllegalStateException("A sealed field of a triage case is malformed");
            }
            return CaseText.sealed(new SealedText(key, ciphertext.getData()));
        }
    }

    /** Sealed as {@code {k, c}}; in clear (only the reasons that restate clear fields) as a string. */
    @WritingConverter
    static final class ToStored implements Converter<CaseText, BsonValue> {
        @Override
        public BsonValue convert(CaseText text) {
            if (text.sealed() == null) {
                return new BsonString(text.clear());
            }
            return new BsonDocument("k", new BsonInt32(text.sealed().keyId()))
                    .append("c", new BsonBinary(text.sealed().ciphertext()));
        }
    }
}
