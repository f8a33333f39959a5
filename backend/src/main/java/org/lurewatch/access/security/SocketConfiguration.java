package org.lurewatch.access.security;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;

/**
 * Replaces Boot's GraphQL WebSocket handler (which it backs off for) with {@link GuardedWebSocketHandler},
 * built from the same properties and the same JSON converter Boot would pick, and the same origin
 * check Boot applies while {@code spring.graphql.http.cors.*} is unset (it is, on purpose: README,
 * "NGO API keys"): same-origin browsers and clients that send no Origin.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty("spring.graphql.websocket.path")
class SocketConfiguration {

    @Bean
    GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, GraphQlProperties properties,
            ObjectProvider<ServerHttpMessageConvertersCustomizer> customizers, StaffSockets sockets) {
        return new GuardedWebSocketHandler(handler, jsonConverter(customizers),
                properties.getWebsocket().getConnectionInitTimeout(), properties.getWebsocket().getKeepAlive(), sockets);
    }

    @SuppressWarnings("unchecked")
    private static HttpMessageConverter<Object> jsonConverter(
            ObjectProvider<ServerHttpMessageConvertersCustomizer> customizers) {
        HttpMessageConverters.ServerBuilder builder = HttpMessageConverters.forServer().registerDefaults();
        customizers.orderedStream().forEach(c -> c.customize(builder));
        for (HttpMessageConverter<?> converter : builder.build()) {
            if (converter.canRead(Map.class, MediaType.APPLICATION_JSON)) {
                return (HttpMessageConverter<Object>) converter;
            }
        }
        throw new IllegalStateException("No JSON converter for GraphQL over WebSocket");
    }
}
