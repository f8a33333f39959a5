package org.lurewatch.tips.texts;

import java.util.ArrayList;
import java.util.List;

import org.lurewatch.common.Language;
import org.lurewatch.common.ServerTexts;
import org.lurewatch.common.ServerTexts.Localised;
import org.lurewatch.tips.TipStatus;
import org.springframework.stereotype.Component;

/** The words a tipster reads (status, what happens next): the {@code tips.*} server texts. */
@Component
public class TipTexts {

    private final ServerTexts texts;

    public TipTexts(ServerTexts texts) {
        this.texts = texts;
    }

    public Localised<String> status(TipStatus status, Language language) {
        return texts.text("tips.status." + status, language);
    }

    /** What happens next, as a few short sentences; with the danger sentence first when someone is in danger. */
    public Localised<List<String>> nextSteps(Language language, boolean inDangerNow) {
        Localised<List<String>> steps = texts.list("tips.next-steps", language);
        if (!inDangerNow) {
            return steps;
        }
        // in the language of the steps, so the answer stays in one language
        List<String> all = new ArrayList<>(steps.text().size() + 1);
        all.add(texts.text("tips.in-danger", steps.language()).text());
        all.addAll(steps.text());
        return new Localised<>(List.copyOf(all), steps.language());
    }
}
