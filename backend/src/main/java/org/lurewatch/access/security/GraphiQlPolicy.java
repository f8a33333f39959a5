package org.lurewatch.access.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ClassPathResource;

/**
 * GraphiQL (Spring for GraphQL's page) loads React and its editor from esm.sh and carries an import map
 * and a module script inline. Rather than weaken the site's policy, its page alone allows that CDN, and its
 * inline scripts only by hash (computed from the page the jar ships, so an upgrade cannot silently break or
 * widen it). Styles there must allow 'unsafe-inline': the editor injects them at run time. Operators who do
 * not want a third-party origin at all switch GraphiQL off ({@code spring.graphql.graphiql.enabled=false}).
 */
final class GraphiQlPolicy {

    static final String CDN = "https://esm.sh";
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>",
            Pattern.DOTALL);

    private final String path;
    private final String policy;

    GraphiQlPolicy(String path) {
        this.path = path;
        this.policy = policyFor(inlineScriptHashes());
    }

    boolean appliesTo(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).equals(path);
    }

    String policy() {
        return policy;
    }

    static String policyFor(List<String> scriptHashes) {
        StringBuilder scripts = new StringBuilder("'self' " + CDN);
        scriptHashes.forEach(h -> scripts.append(" '").append(h).append('\''));
        return "default-src 'self'; script-src " + scripts + "; style-src 'self' 'unsafe-inline' " + CDN
                + "; img-src 'self' data:; font-src 'self' data: " + CDN + "; connect-src 'self' " + CDN
                + "; worker-src 'self' blob: " + CDN + "; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    }

    private static List<String> inlineScriptHashes() {
        ClassPathResource page = new ClassPathResource("graphiql/index.html");
        List<String> hashes = new ArrayList<>();
        if (!page.exists()) {
            return hashes;
        }
        try (InputStream in = page.getInputStream()) {
            Matcher m = INLINE_SCRIPT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(m.group(1).getBytes(StandardCharsets.UTF_8));
                hashes.add("sha256-" + Base64.getEncoder().encodeToString(digest));
            }
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot read GraphiQL's page to derive its script hashes", e);
        }
        return hashes;
    }
}
