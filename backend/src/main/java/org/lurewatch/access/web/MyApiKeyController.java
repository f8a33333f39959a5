package org.lurewatch.access.web;

import java.time.Instant;
import java.util.List;

import org.lurewatch.abuse.KeyQuota;
import org.lurewatch.abuse.KeyedClient;
import org.lurewatch.abuse.RateLimits;
import org.lurewatch.access.apikey.ApiKey;
import org.lurewatch.access.apikey.ApiKeyUsage;
import org.lurewatch.access.apikey.ApiKeys;
import org.lurewatch.common.ErrorCode;
import org.lurewatch.common.PortalException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** An NGO reads its own key: quota, what is left, use and expiry. The key is the only credential. */
@Controller
class MyApiKeyController {

    private final ApiKeys keys;
    private final ApiKeyUsage usage;
    private final RateLimits limits;

    MyApiKeyController(ApiKeys keys, ApiKeyUsage usage, RateLimits limits) {
        this.keys = keys;
        this.usage = usage;
        this.limits = limits;
    }

    record MyApiKey(String id, String organisation, String hint, int requestsPerMinute, int requestsPerDay,
            long remainingThisMinute, long remainingToday, Instant expiresAt) {
    }

    @QueryMapping
    MyApiKey myApiKey(@ContextValue(name = KeyedClient.REQUEST_ATTRIBUTE, required = false) KeyedClient keyed) {
        ApiKey key = keyed == null ? null : keys.find(keyed.keyId()).orElse(null);
        if (key == null) {
            throw new NoKeyException();
        }
        KeyQuota left = limits.remaining(keyed);
        return new MyApiKey(key.id(), key.organisation(), key.hint(), key.requestsPerMinute(), key.requestsPerDay(),
                left.remainingThisMinute(), left.remainingToday(), key.expiresAt());
    }

    @SchemaMapping(typeName = "MyApiKey")
    List<ApiKeyAdminController.ApiKeyDayUsage> usage(MyApiKey key, @Argument Integer days) {
        return usage.recent(key.id(), days == null ? 7 : days).stream()
                .map(d -> new ApiKeyAdminController.ApiKeyDayUsage(d.day().toString(), d.requests())).toList();
    }

    static final class NoKeyException extends PortalException {

        NoKeyException() {
            super("Send your API key as X-Api-Key to read its quota, use and expiry.");
        }

        @Override
        public ErrorCode code() {
            return ErrorCode.UNAUTHENTICATED;
        }
    }
}
