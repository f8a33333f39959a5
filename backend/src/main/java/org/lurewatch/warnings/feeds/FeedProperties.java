package org.lurewatch.warnings.feeds;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl the public address of the site, for links in feeds (no trailing slash)
 * @param sender  the CAP {@code sender}: a globally unique identifier of this portal
 */
@ConfigurationProperties("lurewatch.feeds")
public record FeedProperties(String baseUrl, String sender) {

    public FeedProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        sender = sender == null || sender.isBlank() ? "lurewatch@localhost" : sender;
    }
}
