package org.lurewatch.warnings.editor;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.lurewatch.common.CountryCodes;
import org.lurewatch.common.Language;
import org.lurewatch.common.PlainText;
import org.lurewatch.common.UserInputException;
import org.lurewatch.indicators.Indicator;
import org.lurewatch.indicators.IndicatorNormaliser;
import org.lurewatch.warnings.Source;
import org.lurewatch.warnings.Translation;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.editor.EditorInputs.IndicatorInput;
import org.lurewatch.warnings.editor.EditorInputs.SourceInput;
import org.lurewatch.warnings.editor.EditorInputs.TranslationInput;

/**
 * Cleans and checks what editors write, field by field, with errors that name the field and the
 * limit. Plain text goes through {@link PlainText}, bodies through {@link WarningHtml}, indicators
 * through the indicators module's normaliser.
 */
public final class WarningRules {

    public static final int SLUG_MAX = 80;
    public static final int TITLE_MAX = 120;
    public static final int SUMMARY_MAX = 400;
    public static final int BODY_MAX = 20_000;
    public static final int RED_FLAGS_MAX = 12;
    public static final int RED_FLAG_MAX = 200;
    public static final int INDICATORS_MAX = 30;
    public static final int COUNTRIES_MAX = 30;
    public static final int SOURCES_MAX = 20;
    public static final int SOURCE_TITLE_MAX = 200;
    public static final int URL_MAX = 2_000;
    /** Raw bodies past this are refused before sanitising (markup can be most of a body). */
    static final int BODY_RAW_MAX = 5 * BODY_MAX;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final IndicatorNormaliser normaliser;

    public WarningRules(IndicatorNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    public String slug(String raw) {
        String slug = raw == null ? "" : raw.strip();
        if (slug.length() < 3 || slug.length() > SLUG_MAX || !SLUG.matcher(slug).matches()) {
            throw new UserInputException("slug", "slug must be 3 to " + SLUG_MAX + " characters of a-z, 0-9 and single"
                    + " hyphens between them (lower case, e.g. fake-casino-jobs-poipet)");
        }
        return slug;
    }

    public List<String> countries(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > COUNTRIES_MAX) {
            throw new UserInputException("countries", "countries holds at most " + COUNTRIES_MAX + " codes (was " + raw.size() + ")");
        }
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        raw.forEach(c -> codes.add(CountryCodes.require(c, "countries")));
        return List.copyOf(codes);
    }

    public Translation translation(TranslationInput in) {
        if (in == null || in.language() == null) {
            throw new UserInputException("translation.language", "translation.language is required (one of "
                    + Language.ALL + ")");
        }
        String at = "translations." + in.language().name() + ".";
        String title = PlainText.clean(in.title() == null ? "" : in.title(), at + "title", TITLE_MAX);
        String summary = PlainText.clean(in.summary() == null ? "" : in.summary(), at + "summary", SUMMARY_MAX);
        return new Translation(title, summary, body(in.bodyHtml(), at + "bodyHtml"), redFlags(in.redFlags(), at + "redFlags"));
    }

    /** Sanitises a body and checks its length, in characters of the sanitised HTML. */
    public static String body(String raw, String field) {
        if (raw != null && raw.length() > BODY_RAW_MAX) {
            throw new UserInputException(field, field + " is at most " + BODY_MAX + " characters (was " + raw.length() + ")");
        }
        String html = WarningHtml.sanitise(raw);
        int length = html.codePointCount(0, html.length());
        if (length > BODY_MAX) {
            throw new UserInputException(field, field + " is at most " + BODY_MAX + " characters (was " + length + ")");
        }
        return html;
    }

    private static List<String> redFlags(List<String> raw, String field) {
        if (raw == null) {
            return List.of();
        }
        List<String> flags = new ArrayList<>();
        for (String flag : raw) {
            String clean = PlainText.clean(flag == null ? "" : flag, field, RED_FLAG_MAX);
            if (!clean.isEmpty() && !flags.contains(clean)) {
                flags.add(clean);
            }
        }
        if (flags.size() > RED_FLAGS_MAX) {
            throw new UserInputException(field, field + " holds at most " + RED_FLAGS_MAX + " red flags (was " + flags.size() + ")");
        }
        return flags;
    }

    /** Normalises every indicator (phones to E.164, domains registrable, handles lower case), without duplicates. */
    public List<Indicator> indicators(List<IndicatorInput> raw, List<String> countries) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > INDICATORS_MAX) {
            throw new UserInputException("indicators", "indicators holds at most " + INDICATORS_MAX + " (was " + raw.size() + ")");
        }
        String regionHint = countries.size() == 1 ? countries.get(0) : null;
        Map<String, Indicator> byKey = new LinkedHashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            IndicatorInput in = raw.get(i);
            if (in == null || in.type() == null) {
                throw new UserInputException("indicators", "indicators[" + i + "].type is required");
            }
            Indicator indicator;
            try {
                indicator = normaliser.normalise(in.type(), in.value(), regionHint);
            } catch (UserInputException e) {
                throw new UserInputException("indicators", "indicators[" + i + "]: " + e.getMessage());
            }
            byKey.putIfAbsent(indicator.key(), indicator);
        }
        return List.copyOf(byKey.values());
    }

    public List<Source> sources(List<SourceInput> raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > SOURCES_MAX) {
            throw new UserInputException("sources", "sources holds at most " + SOURCES_MAX + " (was " + raw.size() + ")");
        }
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            SourceInput in = raw.get(i);
            String title = PlainText.clean(in == null || in.title() == null ? "" : in.title(),
                    "sources[" + i + "].title", SOURCE_TITLE_MAX);
            if (title.isEmpty()) {
                throw new UserInputException("sources", "sources[" + i + "].title is required");
            }
            sources.add(new Source(title, url(in.url(), "sources[" + i + "].url")));
        }
        return sources;
    }

    private static String url(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String url = raw.strip();
        if (url.length() > URL_MAX) {
            throw new UserInputException("sources", field + " is at most " + URL_MAX + " characters");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // same answer as a URL of another scheme
        }
        throw new UserInputException("sources", field + " must be an http or https address, e.g. https://www.iom.int/…");
    }

    /**
     * What a published warning must have: an English title and summary, a title and summary in
     * every language it has, and an expiry (if any) after its publication.
     */
    public static void requirePublishable(Warning w) {
        Translation en = w.translations().get(Language.en);
        if (en == null || en.title().isBlank() || en.summary().isBlank()) {
            throw new UserInputException("translations.en", "To be published, a warning needs an English title and"
                    + " summary (translations.en.title, translations.en.summary)");
        }
        w.translations().forEach((language, t) -> {
            if (t.title().isBlank() || t.summary().isBlank()) {
                throw new UserInputException("translations." + language.name(), "translations." + language.name()
                        + " needs a title and a summary before the warning is published (or remove that language)");
            }
        });
        requireExpiryAfter(w, w.publishedAt());
    }

    /** Expiry after publication, or, never published yet, in the future. */
    public static void requireExpiryAfter(Warning w, Instant reference) {
        if (w.expiresAt() != null && reference != null && !w.expiresAt().isAfter(reference)) {
            throw new UserInputException("expiresAt", "expiresAt (" + w.expiresAt() + ") must be after "
                    + (w.publishedAt() != null ? "publishedAt (" + w.publishedAt() + ")" : "now"));
        }
    }
}
