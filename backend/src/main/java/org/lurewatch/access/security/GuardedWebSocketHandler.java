package org.lurewatch.access.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.server.HandshakeHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;

/**
 * Spring for GraphQL's WebSocket handler, telling {@link StaffSockets} which sockets a staff member
 * opened (with what they proved at the handshake), so that they can be closed when that ends.
 */
class GuardedWebSocketHandler extends GraphQlWebSocketHandler {

    private static final String GRANTED = GuardedWebSocketHandler.class.getName() + ".GRANTED";

    private final StaffSockets sockets;

    GuardedWebSocketHandler(WebGraphQlHandler handler, HttpMessageConverter<Object> converter, Duration initTimeout,
            Duration keepAlive, StaffSockets sockets) {
        super(handler, converter, initTimeout, keepAlive);
        this.sockets = sockets;
    }

    @Override
    public WebSocketHttpRequestHandler initWebSocketHttpRequestHandler(HandshakeHandler handshakeHandler) {
        WebSocketHttpRequestHandler handler = super.initWebSocketHttpRequestHandler(handshakeHandler);
        List<HandshakeInterceptor> interceptors = new ArrayList<>(handler.getHandshakeInterceptors());
        interceptors.add(new RememberGrant());
        handler.setHandshakeInterceptors(interceptors);
        return handler;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        super.afterConnectionEstablished(session);
        if (session.getAttributes().get(GRANTED) instanceof StaffAuthentication granted && session.isOpen()) {
            sockets.opened(session, granted);
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        sockets.closed(session);
        super.afterConnectionClosed(session, status);
    }

    /** Keeps the handshake's staff authentication (a bearer token's) with the socket. */
    private static final class RememberGrant implements HandshakeInterceptor {

        @Override
        public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                Map<String, Object> attributes) {
            if (SecurityContextHolder.getContext().getAuthentication() instanceof StaffAuthentication staff) {
                attributes.put(GRANTED, staff);
            }
            return true;
        }

        @Override
        public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                Exception exception) {
        }
    }
}
