package org.lurewatch.warnings.feeds;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl         the public address of the site, for links in feeds (no trailing slash)
 * @param sender          the CAP {@code sender}: a globally unique identifier of this portal
 * @param capExpiry       the CAP {@code expires} of a warning that has no expiry of its own, counted from its
 *                        message (an edit moves it on); CAP consumers drop alerts without one after their own default
 * @param tombstonePeriod how long a withdrawn warning stays in the Atom feed as an RFC 6721 tombstone
 */
@ConfigurationProperties("lurewatch.feeds")
public record FeedProperties(String baseUrl, String sender, Duration capExpiry, Duration tombstonePeriod) {

    public FeedProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        sender = sender == null || sender.isBlank() ? "lurewatch@localhost" : sender;
        capExpiry = capExpiry == null || capExpiry.isNegative() || capExpiry.isZero() ? Duration.ofDays(365) : capExpiry;
        tombstonePeriod = tombstonePeriod == null || tombstonePeriod.isNegative() ? Duration.ofDays(30) : tombstonePeriod;
    }
}
