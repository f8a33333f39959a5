package org.lurewatch.graphql.internal;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.common.hash.Hashing;
import jakarta.servlet.http.HttpServletRequest;
import org.lurewatch.graphql.PublicResponses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /graphql?extensions={"persistedQuery":{"version":1,"sha256Hash":"…"}}&variables=…}:
 * a public query by its hash, answered with {@code ETag} and {@code Cache-Control} so browsers and
 * CDNs absorb bursts. Only documents the registry knows are run, and those are public queries, so
 * a mutation can never arrive this way. Goes through the same interceptors (rate limits) as POST.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PersistedQueryGet {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");
    private static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic()
            .staleWhileRevalidate(Duration.ofSeconds(30));

    private final PersistedQueryRegistry registry;
    private final WebGraphQlHandler handler;
    private final PublicResponses publicResponses;

    PersistedQueryGet(PersistedQueryRegistry registry, WebGraphQlHandler handler, PublicResponses publicResponses) {
        this.registry = registry;
        this.handler = handler;
        this.publicResponses = publicResponses;
    }

    @org.springframework.context.annotation.Bean
    @Order(0)
    static RouterFunction<ServerResponse> persistedQueryRoute(PersistedQueryGet get) {
        return RouterFunctions.route()
                .GET("/graphql", request -> request.param("extensions").isPresent(), get::handle)
                .build();
    }

    ServerResponse handle(ServerRequest request) {
        Map<String, Object> body = new HashMap<>();
        String hash;
        try {
            Map<?, ?> extensions = JSON.readValue(request.param("extensions").orElse("{}"), Map.class);
            hash = extensions.get("persistedQuery") instanceof Map<?, ?> p && p.get("sha256Hash") instanceof String h ? h : "";
            String variables = request.param("variables").orElse("");
            body.put("variables", variables.isBlank() ? Map.of() : JSON.readValue(variables, Map.class));
        } catch (JacksonException e) {
            return error(400, "BAD_USER_INPUT", "extensions and variables must be JSON objects");
        }
        String document = registry.find(hash.toLowerCase(Locale.ROOT));
        if (document == null) {
            return error(200, "PERSISTED_QUERY_NOT_FOUND",
                    "PersistedQueryNotFound: send the query once by POST with its sha256Hash, then GET it");
        }
        body.put("query", document);
        request.param("operationName").filter(s -> !s.isBlank()).ifPresent(name -> body.put("operationName", name));
        WebGraphQlResponse response = handler.handleRequest(webRequest(request, body)).block(Duration.ofSeconds(30));
        byte[] bytes = JSON.writeValueAsBytes(response.toMap());
        String etag = "\"" + publicResponses.version() + "-"
                + HexFormat.of().formatHex(Hashing.sha256().hashBytes(bytes).asBytes(), 0, 12) + "\"";
        boolean cacheable = response.getErrors().isEmpty();
        if (cacheable && request.headers().header(HttpHeaders.IF_NONE_MATCH).contains(etag)) {
            return ServerResponse.status(304).eTag(etag).cacheControl(PUBLIC).build();
        }
        return ServerResponse.ok()
                .contentType(GRAPHQL_RESPONSE)
                .cacheControl(cacheable ? PUBLIC : CacheControl.noStore())
                .eTag(etag)
                .body(bytes);
    }

    private static WebGraphQlRequest webRequest(ServerRequest request, Map<String, Object> body) {
        HttpServletRequest servlet = request.servletRequest();
        HttpHeaders headers = new HttpHeaders();
        request.headers().asHttpHeaders().forEach(headers::addAll);
        return new WebGraphQlRequest(URI.create(servlet.getRequestURL().toString()), headers,
                new LinkedMultiValueMap<>(), new InetSocketAddress(servlet.getRemoteAddr(), servlet.getRemotePort()),
                request.attributes(), body, java.util.UUID.randomUUID().toString(), servlet.getLocale());
    }

    private static ServerResponse error(int status, String code, String message) {
        return ServerResponse.status(status).contentType(GRAPHQL_RESPONSE).cacheControl(CacheControl.noStore())
                .body(JSON.writeValueAsBytes(Map.of("errors",
                        List.of(Map.of("message", message, "extensions", Map.of("code", code))))));
    }
}
