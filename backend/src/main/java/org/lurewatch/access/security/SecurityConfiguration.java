package org.lurewatch.access.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lurewatch.abuse.ClientKeys;
import org.lurewatch.access.apikey.ApiKeyUsage;
import org.lurewatch.access.apikey.ApiKeys;
import org.lurewatch.access.signin.SignIn;
import org.lurewatch.access.token.ApiTokens;
import org.lurewatch.common.ErrorCode;
import org.lurewatch.http.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.session.SessionFixationProtectionStrategy;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what, and how they prove it.
 *
 * <ul>
 * <li>The public side (everything outside {@code /staff/}) is anonymous: no session is created,
 * no cookie set, no CSRF token needed.</li>
 * <li>The staff console signs in at {@code POST /staff/session} ({@link JsonSignInFilter}, Spring
 * Security's form login with JSON); only then is a session created, always a new one. Its cookie is
 * scoped to {@code /staff}, so the console talks GraphQL at {@code /staff/graphql}, and a signed-in
 * editor browsing the public site sends no credentials there. {@code DELETE /staff/session} is
 * Spring Security's logout.</li>
 * <li>CSRF tokens are required exactly for state-changing requests that carry a session.
 * Bearer-token and anonymous requests carry no ambient authority and need none.</li>
 * <li>NGO API keys ({@code X-Api-Key}) only set the request's quota and CORS; they never
 * authenticate anyone ({@link ApiKeyFilter}, {@link ApiKeyCors}).</li>
 * <li>Every refusal here (401, 403, a failed sign-in) is a problem detail ({@link Problems}), like
 * every other error outside GraphQL.</li>
 * <li>URLs are not restricted here: every staff GraphQL field checks its role with
 * {@code @PreAuthorize}, which is what the schema-walking test proves.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /**
     * No observation of security filters, authentications or authorisations. Disabling their names
     * in {@code management.observations} only made each one a no-op: every filter was still wrapped
     * in an observing filter on every request (issue 9).
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    HttpSessionCsrfTokenRepository csrfTokenRepository() {
        return new HttpSessionCsrfTokenRepository();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, StaffSessionRepository sessions, ApiTokens tokens,
            HttpSessionCsrfTokenRepository csrfTokens, ApiKeys apiKeys, ApiKeyUsage apiKeyUsage, ApiKeyCors cors,
            SignIn signIn, ClientKeys clientKeys, JsonMapper json,
            @Value("${spring.graphql.graphiql.path:/graphiql}") String graphiQlPath,
            @Value("${server.error.path:/error}") String errorPath,
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String cookieName,
            @Value("${server.servlet.session.cookie.path:/}") String cookiePath) throws Exception {
        http.securityContext(c -> c.securityContextRepository(sessions))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(c -> c.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(SecurityConfiguration::carriesSessionAndChangesState))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable) // JsonSignInFilter takes its place
                .addFilterAt(signInFilter(sessions, csrfTokens, signIn, clientKeys, json), UsernamePasswordAuthenticationFilter.class)
                .logout(l -> l
                        .logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.DELETE,
                                JsonSignInFilter.PATH))
                        .addLogoutHandler(expireSessionCookie(cookieName, cookiePath))
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                .cors(c -> c.configurationSource(cors))
                .addFilterAfter(new DirectErrorPathFilter(errorPath), SecurityContextHolderFilter.class)
                .addFilterAfter(new BearerTokenFilter(tokens), DirectErrorPathFilter.class)
                .addFilterAfter(new ApiKeyFilter(apiKeys, apiKeyUsage), BearerTokenFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> Problems.write(request, response,
                                ErrorCode.UNAUTHENTICATED, "Sign in first."))
                        .accessDeniedHandler((request, response, ex) -> Problems.write(request, response,
                                ErrorCode.FORBIDDEN, ex instanceof CsrfException
                                        ? "This request carries a staff session but no valid CSRF token: send the"
                                                + " token from GET /staff/csrf in the X-CSRF-TOKEN header."
                                        : "You are not allowed to do this.")))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        SecurityHeaders.configure(http, new GraphiQlPolicy(graphiQlPath));
        return http.build();
    }

    /**
     * The sign-in: a fresh session (the one a request came with, if any, is invalidated and nothing
     * of it carried over: no fixation), the member kept in it by {@link StaffSessionRepository}, and
     * a CSRF token made for it by the repository; the answer is a {@link SessionAnswer}, a refusal a
     * problem detail (401 for every wrong combination, 429 with {@code Retry-After} when throttled).
     */
    private static JsonSignInFilter signInFilter(StaffSessionRepository sessions,
            HttpSessionCsrfTokenRepository csrfTokens, SignIn signIn, ClientKeys clientKeys, JsonMapper json) {
        JsonSignInFilter filter = new JsonSignInFilter(json, clientKeys);
        filter.setAuthenticationManager(new ProviderManager(new StaffSignInProvider(signIn)));
        SessionFixationProtectionStrategy freshSession = new SessionFixationProtectionStrategy();
        freshSession.setMigrateSessionAttributes(false);
        filter.setSessionAuthenticationStrategy(freshSession);
        filter.setSecurityContextRepository(sessions);
        filter.setAuthenticationSuccessHandler((request, response, authentication) -> {
            StaffAuthentication staff = (StaffAuthentication) authentication;
            long failed = staff.getDetails() instanceof StaffSignInProvider.SignInDetails d
                    ? d.failedSignInsSinceLastSignIn() : 0;
            CsrfToken csrf = csrfTokens.loadDeferredToken(request, response).get();
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(response.getOutputStream(), SessionAnswer.signedIn(staff.user(), csrf, failed));
        });
        filter.setAuthenticationFailureHandler((request, response, refused) -> Problems.write(request, response,
                Problems.ofFailure(refused instanceof StaffSignInProvider.SignInRefused r ? r.reason() : refused)));
        return filter;
    }

    /**
     * Spring's {@code deleteCookies} would expire the cookie at path {@code /}, which leaves the
     * session cookie (path {@code /staff}) in the browser: expire it where it lives, with its attributes.
     */
    private static LogoutHandler expireSessionCookie(String name, String path) {
        return (request, response, authentication) -> response.addHeader(HttpHeaders.SET_COOKIE,
                ResponseCookie.from(name, "").path(path).maxAge(0).httpOnly(true).sameSite("Strict")
                        .secure(request.isSecure()).build().toString());
    }

    static boolean carriesSessionAndChangesState(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && request.getSession(false) != null;
    }

    /** The staff console's GraphQL endpoint: the same API as {@code /graphql}, inside the cookie's path. */
    @Bean
    RouterFunction<ServerResponse> staffGraphQlRoute(GraphQlHttpHandler handler) {
        return RouterFunctions.route()
                .POST(StaffPaths.GRAPHQL, RequestPredicates.contentType(MediaType.APPLICATION_JSON)
                        .or(RequestPredicates.contentType(MediaType.parseMediaType("application/graphql+json"))),
                        handler::handleRequest)
                .build();
    }
}
