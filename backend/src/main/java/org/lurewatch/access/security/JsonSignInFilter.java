package org.lurewatch.access.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lurewatch.abuse.ClientKeys;
import org.lurewatch.common.UserInputException;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's sign-in, {@code POST /staff/session} with {@code {"username": …, "password": …}}:
 * Spring Security's form login, reading JSON instead of form fields. The rest is Spring Security's
 * own machinery, set up in {@link SecurityConfiguration}: the session strategy (a fresh session,
 * never one that existed before, and a fresh CSRF token), the {@link StaffSessionRepository} that
 * keeps the signed-in member in it, and JSON success and failure handlers.
 */
final class JsonSignInFilter extends AbstractAuthenticationProcessingFilter {

    static final String PATH = StaffPaths.PREFIX + "/session";

    /** The request body. */
    record Credentials(String username, String password) {
    }

    private final JsonMapper json;
    private final ClientKeys clientKeys;

    JsonSignInFilter(JsonMapper json, ClientKeys clientKeys) {
        super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PATH));
        this.json = json;
        this.clientKeys = clientKeys;
    }

    @Override
    public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response)
            throws AuthenticationException, IOException {
        Credentials credentials;
        try {
            credentials = json.readValue(request.getInputStream(), Credentials.class);
        } catch (JacksonException unreadable) {
            credentials = null;
        }
        if (credentials == null) {
            throw new StaffSignInProvider.SignInRefused(new UserInputException("body",
                    "Send the user name and password as JSON: {\"username\": …, \"password\": …}"));
        }
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                credentials.username() == null ? "" : credentials.username(), credentials.password());
        attempt.setDetails(clientKeys.of(request).value());
        return getAuthenticationManager().authenticate(attempt);
    }
}
