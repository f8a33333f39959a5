package org.lurewatch.access.apikey;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lurewatch.common.UserInputException;

/**
 * Checks the browser origins an administrator allows for a key: exact {@code scheme://host[:port]}
 * as a browser sends it in {@code Origin}; no wildcard, no path, only http and https.
 */
final class Origins {

    static final int MAX_ORIGINS = 10;
    private static final String FIELD = "allowedOrigins";

    private Origins() {
    }

    static List<String> normalise(List<String> origins) {
        if (origins == null) {
            return List.of();
        }
        if (origins.size() > MAX_ORIGINS) {
            throw new UserInputException(FIELD, "at most " + MAX_ORIGINS + " allowed origins per key (was "
                    + origins.size() + ")");
        }
        Set<String> result = new LinkedHashSet<>();
        for (String origin : origins) {
            result.add(normalise(origin));
        }
        return new ArrayList<>(result);
    }

    static String normalise(String origin) {
        String text = origin == null ? "" : origin.strip();
        String problem = "'" + shorten(text) + "' is not an origin like https://ngo.example.org (scheme, host and"
                + " optional port; no path, no wildcard)";
        if (text.length() > 200 || text.contains("*")) {
            throw new UserInputException(FIELD, problem);
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || !bare) {
                throw new UserInputException(FIELD, problem);
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (URISyntaxException e) {
            throw new UserInputException(FIELD, problem);
        }
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
