package org.lurewatch.offercheck;

import java.util.List;

import org.lurewatch.common.Language;
import org.lurewatch.common.ServerTexts;
import org.springframework.stereotype.Component;

/** The fixed texts of an offer check (risk meanings, advice, privacy note): the {@code offercheck.*} server texts. */
@Component
class OfferCheckTexts {

    private final ServerTexts texts;

    OfferCheckTexts(ServerTexts texts) {
        this.texts = texts;
    }

    String risk(RiskLevel level, Language lang) {
        return texts.text("offercheck.risk." + level, lang).text();
    }

    List<String> advice(Language lang) {
        return texts.list("offercheck.advice", lang).text();
    }

    String privacy(Language lang) {
        return texts.text("offercheck.privacy", lang).text();
    }
}
