package org.lurewatch.indicators.parsing;

import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Hosts and domains. A site is identified by its registrable domain ("jobs.example.co.th" and
 * "www.example.co.th/apply" are one site, "example.co.th"), as listed in the Public Suffix List
 * that Guava ships. Unicode hosts become punycode so that "งาน.ไทย" and "xn--72c0b6d.xn--o3cw4h"
 * are one key.
 */
public final class Hosts {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");
    private static final Pattern PORT = Pattern.compile(":\\d{1,5}$");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

    /** A TLD reserved for documentation (RFC 2606); examples and test data use it. */
    static final String EXAMPLE_TLD = "example";

    private Hosts() {
    }

    /**
     * The registrable domain of a link or bare host, e.g. "https://WWW.Jobs.Example.co.th/apply"
     * gives "example.co.th". A host without a known public suffix ("golden-jobs.example") is kept
     * whole, lower case, without "www.".
     *
     * @throws InvalidIndicatorException when there is no usable host
     */
    public static String registrableDomain(String linkOrHost) {
        String host = asciiHost(linkOrHost);
        if (IPV4.matcher(host).matches()) {
            return host; // a bare address is as much a lead as a domain
        }
        InternetDomainName name = domainName(host, linkOrHost);
        if (name.isUnderPublicSuffix()) {
            return name.topPrivateDomain().toString();
        }
        if (name.isPublicSuffix()) {
            throw new InvalidIndicatorException(Quoting.quote(linkOrHost)
                    + " is only a domain ending like “co.th”, not a web site.");
        }
        if (!name.hasParent()) {
            throw new InvalidIndicatorException(Quoting.quote(linkOrHost)
                    + " is not a web address: it has no ending like “.com” or “.co.th”.");
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** True when a host (already ASCII, lower case) is worth reporting as a site. */
    public static boolean isSiteHost(String asciiHost) {
        if (!InternetDomainName.isValid(asciiHost)) {
            return false;
        }
        InternetDomainName name = InternetDomainName.from(asciiHost);
        return name.isUnderPublicSuffix() || isExampleHost(name);
    }

    /** Host of a mail address or link as punycode lower case, without "www." removal. */
    public static String asciiMailDomain(String domain) {
        String host = asciiHost(domain);
        InternetDomainName name = domainName(host, domain);
        if (!name.hasParent()) {
            throw new InvalidIndicatorException(Quoting.quote(domain)
                    + " is not a mail domain: it has no ending like “.com”.");
        }
        return host;
    }

    /**
     * Scheme, user info, port, path, query and a trailing dot removed; IDN to punycode; lower case.
     */
    public static String asciiHost(String linkOrHost) {
        String s = SCHEME.matcher(linkOrHost.strip()).replaceFirst("");
        int cut = indexOfAny(s, "/?#\\");
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            s = s.substring(at + 1);
        }
        s = PORT.matcher(s).replaceFirst("");
        while (s.endsWith(".") || s.endsWith("。") || s.endsWith("．")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isBlank()) {
            throw new InvalidIndicatorException(Quoting.quote(linkOrHost) + " has no web address in it.");
        }
        try {
            return IDN.toASCII(s, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidIndicatorException(Quoting.quote(linkOrHost) + " is not a valid web address.");
        }
    }

    private static InternetDomainName domainName(String asciiHost, String original) {
        if (!InternetDomainName.isValid(asciiHost)) {
            throw new InvalidIndicatorException(Quoting.quote(original)
                    + " is not a valid web address: use letters, digits, dots and hyphens, e.g. example.co.th.");
        }
        return InternetDomainName.from(asciiHost);
    }

    private static boolean isExampleHost(InternetDomainName name) {
        var parts = name.parts();
        return parts.size() >= 2 && parts.get(parts.size() - 1).equals(EXAMPLE_TLD);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
