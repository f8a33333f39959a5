package org.lurewatch.offercheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.lurewatch.common.Language;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The fixed texts of an offer check (risk meanings, advice, privacy note) in every language. */
@Component
class OfferCheckTexts {

    private record Texts(Map<RiskLevel, Map<Language, String>> risk, List<Map<Language, String>> advice,
            Map<Language, String> privacy) {
    }

    private final Texts texts;

    OfferCheckTexts() {
        try (InputStream in = OfferCheckTexts.class.getResourceAsStream("/offercheck/texts.json")) {
            texts = JsonMapper.builder().build().readValue(in, Texts.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read offercheck/texts.json", e);
        }
        for (Language l : Language.ALL) {
            if (texts.risk().values().stream().anyMatch(m -> !m.containsKey(l))
                    || texts.advice().stream().anyMatch(m -> !m.containsKey(l)) || !texts.privacy().containsKey(l)) {
                throw new IllegalStateException("offercheck/texts.json lacks language " + l);
            }
        }
    }

    String risk(RiskLevel level, Language lang) {
        return texts.risk().get(level).get(lang);
    }

    List<String> advice(Language lang) {
        return texts.advice().stream().map(m -> m.get(lang)).toList();
    }

    String privacy(Language lang) {
        return texts.privacy().get(lang);
    }
}
