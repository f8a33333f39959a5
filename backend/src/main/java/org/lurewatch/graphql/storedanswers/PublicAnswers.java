package org.lurewatch.graphql.storedanswers;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.hash.Hashing;
import org.lurewatch.graphql.PublicResponses;
import org.springframework.stereotype.Component;

/**
 * The exact bytes of answers to anonymous public queries, keyed by the exact request (the POST
 * body, or the GET query string) and the answer's content type, so a repeated request is answered
 * without parsing, executing or serialising anything. An entry belongs to the public-data version
 * it was computed at and is never served after {@link PublicResponses#invalidate()}. Bounded by
 * bytes, so many large distinct requests cannot grow memory past {@link #MAX_BYTES}.
 */
@Component
class PublicAnswers {

    static final long MAX_BYTES = 32L * 1024 * 1024;

    /**
     * The request as far as it can change the answer: method, what the client accepts, its origin
     * (CORS headers), and the body or query string. Everything else an anonymous request may carry
     * does not reach the answer. The hash is computed once, as the key is made: a request body is
     * up to tens of kilobytes, and the key is looked up on every candidate request.
     */
    record Key(String method, String accept, String origin, byte[] request, int hash) {
        static Key of(String method, String accept, String origin, byte[] request) {
            int hash = Objects.hash(method, accept, origin) * 31 + Hashing.murmur3_32_fixed().hashBytes(request).asInt();
            return new Key(method, accept, origin, request, hash);
        }

        int weight() {
            return 64 + accept.length() + origin.length() + request.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && hash == key.hash && method.equals(key.method) && accept.equals(key.accept)
                    && origin.equals(key.origin) && Arrays.equals(request, key.request);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return "Key[" + method + ", " + request.length + " bytes]";
        }
    }

    /**
     * One stored answer: exactly the headers and body the normal path wrote for the same request,
     * the headers already in the bytes that go on the wire.
     */
    record Answer(long version, byte[] contentType, List<Header> headers, String etag, byte[] body) {
        int weight() {
            return 64 + contentType.length + body.length
                    + headers.stream().mapToInt(h -> 16 + h.name().length + h.value().length).sum();
        }
    }

    /** A response header as written on the wire (ISO-8859-1, control characters blanked as Tomcat does). */
    record Header(byte[] name, byte[] value) {
        static Header of(String name, String value) {
            return new Header(wire(name), wire(value));
        }

        static byte[] wire(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            for (int i = 0; i < bytes.length; i++) {
                if ((bytes[i] >= 0 && bytes[i] <= 31 && bytes[i] != '\t') || bytes[i] == 127) {
                    bytes[i] = ' ';
                }
            }
            return bytes;
        }
    }

    private final PublicResponses responses;
    private final Cache<Key, Answer> answers = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .<Key, Answer>weigher((key, answer) -> key.weight() + answer.weight())
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    PublicAnswers(PublicResponses responses) {
        this.responses = responses;
    }

    /** The answer for this exact request at the current version of public data, or null. */
    Answer find(Key key) {
        Answer answer = answers.getIfPresent(key);
        if (answer == null) {
            return null;
        }
        if (answer.version() != responses.version()) {
            answers.invalidate(key);
            return null;
        }
        return answer;
    }

    void keep(Key key, Answer answer) {
        if (answer.version() == responses.version()) {
            answers.put(key, answer);
        }
    }

    long version() {
        return responses.version();
    }
}
