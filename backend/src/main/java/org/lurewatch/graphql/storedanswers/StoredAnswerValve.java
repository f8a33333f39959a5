package org.lurewatch.graphql.storedanswers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.google.common.primitives.Bytes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.buf.ByteChunk;
import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.MimeHeaders;
import org.lurewatch.abuse.ClientKeys;
import org.lurewatch.abuse.RateLimitedException;
import org.lurewatch.abuse.ReadAllowance;
import org.lurewatch.graphql.QueryLimits;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Answers a repeated anonymous public query (POST, or GET by persisted-query hash) with what the
 * normal path wrote the first time, headers and bytes, at the server's door: before the servlet
 * pipeline, filters, security, parsing, execution and serialisation. When a news story sends a
 * crowd to the home page, each request then costs little more than a static file; the headers were
 * encoded once, when stored, not per request. Only a request identical in everything that can
 * change the answer ({@link PublicAnswers.Key}) gets a stored one, and only while public data is
 * unchanged; each still spends the client's public-read allowance. Anything else, including every
 * request with credentials, goes on to the normal path; a candidate carries its key along
 * ({@link #ASKED}) so {@link PublicAnswerFilter} can store the answer that path gives.
 */
@Component
class StoredAnswerValve extends ValveBase implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    /** Request attribute: the {@link PublicAnswers.Key} of a candidate the store could not answer. */
    static final String ASKED = StoredAnswerValve.class.getName() + ".asked";
    private static final byte[] CONTENT_TYPE = "Content-Type".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] EXTENSIONS = "extensions=".getBytes(StandardCharsets.ISO_8859_1);
    private static final int WRITE_BUFFER_BYTES = 16 * 1024;

    private final PublicAnswers answers;
    private final ClientKeys clientKeys;
    private final ReadAllowance allowance;
    private final long maxRequestBytes;
    private final Counter served;

    StoredAnswerValve(PublicAnswers answers, ClientKeys clientKeys, ReadAllowance allowance, QueryLimits queryLimits,
            MeterRegistry meters) {
        // the normal path behind this valve answers asynchronously (GraphQL over HTTP, SSE)
        super(true);
        this.served = Counter.builder("lurewatch.public.answers.stored")
                .description("Public queries answered with a stored answer (not in http.server.requests)")
                .register(meters);
        this.answers = answers;
        this.clientKeys = clientKeys;
        this.allowance = allowance;
        this.maxRequestBytes = queryLimits.maxRequestBytes();
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addEngineValves(this);
        // a stored answer leaves in one write: the home page's answer and headers are 10.5 KB in
        // English and 15.4 KB in Thai, and through Tomcat's 8 KB socket buffer each took two system
        // calls (by hand: 11 % more GETs a second). The buffer is per connection, so
        // server.tomcat.max-connections (application.yml) bounds what it costs.
        factory.addConnectorCustomizers(connector -> connector.setProperty("socket.appWriteBufSize",
                String.valueOf(WRITE_BUFFER_BYTES)));
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        // an async dispatch comes through the engine's valves again, for a request the normal path is
        // answering: answered from the store as well, it would get two answers
        if (request.isAsync() || request.isAsyncDispatching()) {
            getNext().invoke(request, response);
            return;
        }
        PublicAnswers.Key key = candidate(request);
        if (key != null) {
            PublicAnswers.Answer answer = answers.find(key);
            if (answer != null && allowed(request)) {
                write(answer, request, response);
                served.increment();
                return;
            }
            request.setAttribute(ASKED, key);
        }
        getNext().invoke(request, response);
    }

    /**
     * The key of an anonymous POST or GET-by-hash to /graphql, or null. Read from Tomcat's request
     * bytes: every request passes here, and decoding the URI and query string to strings only to
     * compare them was a twentieth of a stored answer's cost. For a POST this reads the (size-capped)
     * body; the filter replays it to the normal path.
     */
    private PublicAnswers.Key candidate(Request request) throws IOException {
        org.apache.coyote.Request coyote = request.getCoyoteRequest();
        if (!coyote.requestURI().equals("/graphql") || !anonymous(request)) {
            return null;
        }
        String method = coyote.getMethod();
        byte[] asked;
        if ("POST".equals(method)) {
            long length = request.getContentLengthLong();
            if (length < 0 || length > maxRequestBytes) {
                return null;
            }
            asked = request.getInputStream().readNBytes((int) length);
        } else if ("GET".equals(method) && !coyote.queryString().isNull()) {
            asked = bytesOf(coyote.queryString());
            if (Bytes.indexOf(asked, EXTENSIONS) < 0) {
                return null;
            }
        } else {
            return null;
        }
        return PublicAnswers.Key.of(method, String.valueOf(request.getHeader(HttpHeaders.ACCEPT)),
                String.valueOf(request.getHeader(HttpHeaders.ORIGIN)), asked);
    }

    private static byte[] bytesOf(MessageBytes text) {
        if (text.getType() == MessageBytes.T_BYTES) {
            ByteChunk chunk = text.getByteChunk();
            return Arrays.copyOfRange(chunk.getBuffer(), chunk.getStart(), chunk.getEnd());
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Credentials mean the answer may be personal: never share it (same rule as the interceptor). */
    private static boolean anonymous(HttpServletRequest request) {
        for (String credential : PublicResponseCacheInterceptor.CREDENTIALS) {
            if (request.getHeader(credential) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Spends the read a stored answer serves (an anonymous one: a request with a key is no candidate),
     * so it never passes the public-read filter; a refusal is left to the normal path, whose filter answers it.
     */
    private boolean allowed(HttpServletRequest request) {
        try {
            allowance.spend(clientKeys.of(request), null);
            return true;
        } catch (RateLimitedException refused) {
            return false;
        }
    }

    /**
     * Straight into Tomcat's header table as bytes: no per-request encoding of long policy headers.
     * Copies, never the stored arrays: Tomcat keeps a recycled header's array and writes later
     * headers (a date, a length) into it, which corrupted the stored answer for every other reader.
     */
    private static void write(PublicAnswers.Answer answer, Request request, Response response) throws IOException {
        MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
        for (PublicAnswers.Header header : answer.headers()) {
            byte[] name = header.name().clone();
            byte[] value = header.value().clone();
            headers.addValue(name, 0, name.length).setBytes(value, 0, value.length);
        }
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (answer.etag() != null && ifNoneMatch != null && ifNoneMatch.contains(answer.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] name = CONTENT_TYPE.clone();
        byte[] type = answer.contentType().clone();
        headers.addValue(name, 0, name.length).setBytes(type, 0, type.length);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }
}
