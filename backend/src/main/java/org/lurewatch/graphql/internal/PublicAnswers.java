package org.lurewatch.graphql.internal;

import java.nio.ByteBuffer;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

    /** The request as sent: method, what the client accepts, and the body or query string. */
    record Key(String method, String accept, ByteBuffer request) {
        int weight() {
            return 64 + accept.length() + request.remaining();
        }
    }

    /** One stored answer: what the handler wrote, with the headers that belong to the answer itself. */
    record Answer(long version, String contentType, String etag, String cacheControl, byte[] body) {
        int weight() {
            return 64 + body.length;
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
