package org.lurewatch.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The fixed texts the server writes into its answers (a tip's status, an offer check's advice, the
 * CAP feed's event names), from {@code messages/messages_<lang>.properties}: one UTF-8 file per
 * portal language, all with the same keys. Read through Spring's {@link MessageSource}; a text
 * missing in the language asked for comes from the next language of
 * {@link Language#fallbackChain()} (English first), and the answer names the language it is in.
 * The web pages keep their own texts beside them in {@code web-static/}.
 */
@Component
public class ServerTexts {

    /** Classpath base name of the text files. */
    public static final String BASENAME = "messages/messages";

    /** A text in the language asked for, or the first of its fallback chain that has it. */
    public record Localised<T>(T text, Language language) {
    }

    private final MessageSource source;

    public ServerTexts() {
        this(BASENAME);
    }

    ServerTexts(String basename) {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename(basename);
        bundles.setDefaultEncoding("UTF-8");
        // there is no base file: a text missing in one language must not silently come from the
        // machine's locale or a default file while the answer claims the language asked for
        bundles.setFallbackToSystemLocale(false);
        this.source = bundles;
    }

    /** The text under {@code key}; fails when no language has it (a mistyped key, caught by tests). */
    public Localised<String> text(String key, Language wanted) {
        for (Language language : chain(wanted)) {
            String text = in(key, language);
            if (text != null) {
                return new Localised<>(text, language);
            }
        }
        throw new IllegalStateException("No server text '" + key + "' in any language");
    }

    /**
     * The numbered texts {@code key.1}, {@code key.2}, … (as many as there are), all from the first
     * language of the chain that has {@code key.1}, so a list never mixes languages.
     */
    public Localised<List<String>> list(String key, Language wanted) {
        Localised<String> first = text(key + ".1", wanted);
        List<String> texts = new ArrayList<>();
        texts.add(first.text());
        for (int n = 2; ; n++) {
            String next = in(key + "." + n, first.language());
            if (next == null) {
                return new Localised<>(List.copyOf(texts), first.language());
            }
            texts.add(next);
        }
    }

    private String in(String key, Language language) {
        return source.getMessage(key, null, null, Locale.forLanguageTag(language.name()));
    }

    private static List<Language> chain(Language wanted) {
        return (wanted == null ? Language.en : wanted).fallbackChain();
    }
}
