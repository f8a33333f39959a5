package org.lurewatch.tips.texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.lurewatch.common.Language;
import org.lurewatch.tips.TipStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The words a tipster reads (status, what happens next), from {@code tips/texts.json}, in every portal language. */
@Component
public class TipTexts {

    static final String RESOURCE = "/tips/texts.json";

    record Texts(Map<TipStatus, Map<Language, String>> status, Map<Language, List<String>> nextSteps,
            Map<Language, String> inDanger) {
    }

    private final Texts texts;

    public TipTexts() {
        try (InputStream in = TipTexts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            this.texts = JsonMapper.builder().disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build().readValue(in, new TypeReference<Texts>() {
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text in the language asked for, or the first of its fallback chain that exists. */
    public record Localised<T>(T text, Language language) {
    }

    public Localised<String> status(TipStatus status, Language language) {
        return pick(texts.status().getOrDefault(status, Map.of()), language);
    }

    /** What happens next, as a few short sentences; with the danger sentence first when someone is in danger. */
    public Localised<List<String>> nextSteps(Language language, boolean inDangerNow) {
        Localised<List<String>> steps = pick(texts.nextSteps(), language);
        if (!inDangerNow) {
            return steps;
        }
        String danger = texts.inDanger().getOrDefault(steps.language(), pick(texts.inDanger(), language).text());
        List<String> all = new java.util.ArrayList<>(steps.text().size() + 1);
        all.add(danger);
        all.addAll(steps.text());
        return new Localised<>(List.copyOf(all), steps.language());
    }

    /** Which languages lack which text (empty when complete); for tests and start-up checks. */
    public Map<String, List<Language>> missing() {
        Map<String, List<Language>> gaps = new java.util.TreeMap<>();
        for (TipStatus s : TipStatus.values()) {
            gaps.put("status." + s, absent(texts.status().getOrDefault(s, Map.of())));
        }
        gaps.put("nextSteps", absent(texts.nextSteps()));
        gaps.put("inDanger", absent(texts.inDanger()));
        gaps.values().removeIf(List::isEmpty);
        return gaps;
    }

    private static List<Language> absent(Map<Language, ?> map) {
        return Language.ALL.stream().filter(l -> !map.containsKey(l)).toList();
    }

    private static <T> Localised<T> pick(Map<Language, T> byLanguage, Language wanted) {
        for (Language l : (wanted == null ? Language.en : wanted).fallbackChain()) {
            T text = byLanguage.get(l);
            if (text != null) {
                return new Localised<>(text, l);
            }
        }
        throw new IllegalStateException(RESOURCE + " has a text in no language at all");
    }
}
