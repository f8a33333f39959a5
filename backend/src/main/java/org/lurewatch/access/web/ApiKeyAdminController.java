package org.lurewatch.access.web;

import java.time.Instant;
import java.util.List;

import org.lurewatch.access.apikey.ApiKey;
import org.lurewatch.access.apikey.ApiKeyUsage;
import org.lurewatch.access.apikey.ApiKeys;
import org.lurewatch.graphql.Connection;
import org.lurewatch.graphql.Paging;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** NGO API keys. Every field of this controller needs the ADMIN role. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
public class ApiKeyAdminController {

    private final ApiKeys keys;
    private final ApiKeyUsage usage;

    ApiKeyAdminController(ApiKeys keys, ApiKeyUsage usage) {
        this.keys = keys;
        this.usage = usage;
    }

    record IssueApiKeyInput(String organisation, Integer requestsPerMinute, Integer requestsPerDay,
            List<String> allowedOrigins, Instant expiresAt) {
    }

    /** The GraphQL shape of a key: never its hash. */
    record ApiKeyView(String id, String organisation, String hint, int requestsPerMinute, int requestsPerDay,
            List<String> allowedOrigins, Instant createdAt, Instant rotatedAt, Instant revokedAt, boolean active,
            Instant expiresAt) {

        static ApiKeyView of(ApiKey k) {
            return new ApiKeyView(k.id(), k.organisation(), k.hint(), k.requestsPerMinute(), k.requestsPerDay(),
                    k.allowedOrigins(), k.createdAt(), k.rotatedAt(), k.revokedAt(), k.active(),
                    k.expiresAt());
        }
    }

    record NewApiKey(String key, ApiKeyView apiKey) {

        static NewApiKey of(ApiKeys.Issued issued) {
            return new NewApiKey(issued.key(), ApiKeyView.of(issued.apiKey()));
        }
    }

    record ApiKeyDayUsage(String day, long requests) {
    }

    @QueryMapping
    public Connection<ApiKeyView> apiKeys(@Argument Integer first, @Argument String after) {
        int size = Paging.first(first, 50);
        List<ApiKeyView> all = keys.all().stream().map(ApiKeyView::of).toList();
        return Paging.page(all, size, after, ApiKeyView::id, (k, key) -> k.id().compareTo(key) < 0);
    }

    @SchemaMapping(typeName = "ApiKey")
    public List<ApiKeyDayUsage> usage(ApiKeyView key, @Argument Integer days) {
        return usage.recent(key.id(), days == null ? 7 : days).stream()
                .map(d -> new ApiKeyDayUsage(d.day().toString(), d.requests())).toList();
    }

    @MutationMapping
    public NewApiKey issueApiKey(@Argument IssueApiKeyInput input) {
        return NewApiKey.of(keys.issue(input.organisation(), input.requestsPerMinute(), input.requestsPerDay(),
                input.allowedOrigins(), input.expiresAt()));
    }

    @MutationMapping
    public NewApiKey rotateApiKey(@Argument String id) {
        return NewApiKey.of(keys.rotate(id));
    }

    @MutationMapping
    public ApiKeyView revokeApiKey(@Argument String id) {
        return ApiKeyView.of(keys.revoke(id));
    }
}
