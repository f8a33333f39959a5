package org.lurewatch.offercheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseAutomatonTest {

    private static List<String> found(PhraseAutomaton automaton, List<String> phrases, String text) {
        List<String> hits = new ArrayList<>();
        automaton.search(text, (payload, start, end) -> hits.add(phrases.get(payload) + "@" + start + "-" + end));
        return hits;
    }

    private static PhraseAutomaton build(List<String> phrases) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            entries.add(Map.entry(phrases.get(i), i));
        }
        return PhraseAutomaton.build(entries);
    }

    @Test
    void findsOverlappingPhrases() {
        List<String> phrases = List.of("he", "she", "his", "hers");
        assertThat(found(build(phrases), phrases, "ushers"))
                .containsExactlyInAnyOrder("she@1-4", "he@2-4", "hers@2-6");
    }

    @Test
    void findsTheSameTextUnderSeveralPayloads() {
        List<String> phrases = List.of("ค่าสมัคร", "ค่าสมัคร");
        assertThat(found(build(phrases), phrases, "เสียค่าสมัคร")).hasSize(2);
    }

    @Test
    void agreesWithANaiveSearchOnRandomText() {
        Random random = new Random(42);
        String alphabet = "abcกขค押金 ";
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            phrases.add(randomText(random, alphabet, 1 + random.nextInt(5)));
        }
        PhraseAutomaton automaton = build(phrases);
        for (int round = 0; round < 50; round++) {
            String text = randomText(random, alphabet, 300);
            List<String> expected = new ArrayList<>();
            for (int p = 0; p < phrases.size(); p++) {
                String phrase = phrases.get(p);
                for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                    expected.add(phrase + "@" + at + "-" + (at + phrase.length()));
                }
            }
            assertThat(found(automaton, phrases, text)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
