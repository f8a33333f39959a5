package org.lurewatch.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The seven languages of the portal. The order is the order of the "any" step of the fallback
 * chain (requested, then English, then the first of these that exists).
 */
public enum Language {
    en, zh, th, vi, lo, km, my;

    public static final List<Language> ALL = List.of(values());

    /** Parses a BCP-47-ish tag ("th", "TH", "zh-Hans", "my_MM"); empty when not one of ours. */
    public static Optional<Language> parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return Arrays.stream(values()).filter(l -> l.name().equals(primary)).findFirst();
    }

    /** The chain a translated text is looked up in: this language, English, then every other. */
    public List<Language> fallbackChain() {
        var chain = new java.util.ArrayList<Language>(ALL.size());
        chain.add(this);
        if (this != en) {
            chain.add(en);
        }
        for (Language l : ALL) {
            if (!chain.contains(l)) {
                chain.add(l);
            }
        }
        return chain;
    }
}
