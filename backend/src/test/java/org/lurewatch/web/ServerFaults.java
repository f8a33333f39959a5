package org.lurewatch.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Makes the server itself answer every API request with an error, for as long as a test holds
 * the returned handle, so a page can be shown a rate limit, a refusal or an outage. It sits at the
 * server's door, before the stored-answer valve, so no answer kept from an earlier test slips past.
 * Done here rather than in the browser: intercepting requests in Chromium needs DevTools bindings
 * made for one Chrome version, and Debian's Chromium moves on its own schedule.
 */
@TestComponent
public class ServerFaults extends ValveBase implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private record Fault(int status, byte[] body, boolean everything) {
    }

    /** Closing it lets requests through again. */
    public interface Handle extends AutoCloseable {
        @Override
        void close();
    }

    private volatile Fault fault;

    public ServerFaults() {
        super(true);
    }

    /** Until the handle is closed, every request to /graphql (POST or GET) gets this answer. */
    public Handle answerGraphQl(int status, String body) {
        return hold(new Fault(status, body.getBytes(StandardCharsets.UTF_8), false));
    }

    /**
     * Until the handle is closed, every request, pages and files too, gets a 503: the server is
     * gone, as a reader without network (or behind a proxy whose backend is down) sees it.
     */
    public Handle down() {
        return hold(new Fault(503, "<html>down</html>".getBytes(StandardCharsets.UTF_8), true));
    }

    private Handle hold(Fault mine) {
        fault = mine;
        return () -> {
            if (fault == mine) {
                fault = null;
            }
        };
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addEngineValves(this);
    }

    @Override
    public int getOrder() {
        // engine valves run in the order they were added: this one first
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        Fault current = fault;
        if (current == null || !(current.everything() || request.getRequestURI().startsWith("/graphql"))) {
            getNext().invoke(request, response);
            return;
        }
        response.setStatus(current.status());
        response.setContentType(current.everything() ? "text/html;charset=UTF-8" : "application/graphql-response+json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(current.body().length);
        response.getOutputStream().write(current.body());
    }
}
