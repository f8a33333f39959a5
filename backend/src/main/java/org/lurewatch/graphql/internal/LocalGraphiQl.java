package org.lurewatch.graphql.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphiQL, only where {@code spring.graphql.graphiql.enabled=true} (off by default), served entirely
 * from the jar. Spring for GraphQL's own page loads React and GraphiQL from esm.sh, so a CDN's code
 * ran on the portal's origin and could reach a staff console session; and it redirected
 * {@code /graphiql} to an address built from the request's Host header (issue 22). This route comes
 * before Boot's: the page is answered directly (no redirect), names only files served below it, and
 * is isolated by its Content-Security-Policy ({@code sandbox}, see access.security.GraphiQlPolicy).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "spring.graphql.graphiql.enabled", havingValue = "true")
class LocalGraphiQl {

    private static final String FOLDER = "graphiql-local/";
    private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");
    private static final MediaType CSS = MediaType.parseMediaType("text/css;charset=UTF-8");
    /** The only files served: nothing else in the jar can be named through this route. */
    private static final Map<String, MediaType> ASSETS = Map.of(
            "react.production.min.js", JAVASCRIPT,
            "react-dom.production.min.js", JAVASCRIPT,
            "graphiql.min.js", JAVASCRIPT,
            "graphiql-start.js", JAVASCRIPT,
            "graphiql.min.css", CSS,
            "graphiql-page.css", CSS);

    @Bean
    @Order(-10) // before Boot's GraphiQL route (order 0), which would load the CDN's page
    RouterFunction<ServerResponse> localGraphiQlRoute(@Value("${spring.graphql.graphiql.path:/graphiql}") String path,
            @Value("${spring.graphql.http.path:/graphql}") String endpoint) {
        String assets = path + "/assets";
        String page = read("index.html").replace("{{assets}}", assets).replace("{{endpoint}}", endpoint);
        return RouterFunctions.route()
                .GET(path, request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).body(page))
                .GET(assets + "/{name}", LocalGraphiQl::asset)
                .build();
    }

    private static ServerResponse asset(ServerRequest request) {
        String name = request.pathVariable("name");
        MediaType type = ASSETS.get(name);
        if (type == null) {
            return ServerResponse.status(HttpStatus.NOT_FOUND).build();
        }
        return ServerResponse.ok().contentType(type)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(new ClassPathResource(FOLDER + name));
    }

    private static String read(String name) {
        try (InputStream in = new ClassPathResource(FOLDER + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("GraphiQL's page is missing from the jar: " + FOLDER + name, e);
        }
    }
}
