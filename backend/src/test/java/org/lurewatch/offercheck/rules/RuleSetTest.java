package org.lurewatch.offercheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lurewatch.common.Language;
import org.lurewatch.warnings.Category;

class RuleSetTest {

    private static final RuleSet RULES = RuleSet.fromClasspath();

    private static final Set<String> SOURCES = Set.of(
            "https://www.ilo.org/publications/ilo-indicators-forced-labour",
            "https://www.ic3.gov/PSA",
            "https://www.doe.go.th",
            "https://iris.iom.int/",
            "https://www.ctdatacollaborative.org/");

    @Test
    void theShippedRulesLoad() {
        Map<Category, Long> perCategory = RULES.rules().stream()
                .collect(Collectors.groupingBy(Rule::category, Collectors.counting()));
        assertThat(RULES.size()).isGreaterThanOrEqualTo(30);
        assertThat(perCategory.get(Category.JOB_OFFER)).isGreaterThanOrEqualTo(14);
        assertThat(perCategory.get(Category.TRAVEL_OFFER)).isGreaterThanOrEqualTo(8);
        assertThat(perCategory.get(Category.MARRIAGE_OFFER)).isGreaterThanOrEqualTo(8);
    }

    @Test
    void everyRuleSpeaksAllSevenLanguagesAndCitesAKnownSource() {
        for (Rule rule : RULES.rules()) {
            assertThat(rule.explanation().keySet()).as(rule.id()).containsExactlyInAnyOrderElementsOf(Language.ALL);
            assertThat(rule.phrases().keySet()).as(rule.id()).containsExactlyInAnyOrderElementsOf(Language.ALL);
            rule.phrases().forEach((lang, list) -> assertThat(list).as(rule.id() + " " + lang).isNotEmpty());
            assertThat(rule.sourceUrl()).as(rule.id()).isIn(SOURCES);
            assertThat(rule.weight()).as(rule.id()).isBetween(1, 5);
            assertThat(rule.id()).startsWith(RuleFiles.prefix(rule.category()).orElseThrow() + ".");
        }
    }

    @Test
    void explanationsFallBackAlongTheLanguageChain() {
        Rule partial = new Rule("job.test", Category.JOB_OFFER, 1, Map.of(Language.en, List.of("x")), Map.of(),
                List.of(), Map.of(Language.en, "English", Language.th, "ไทย"), "t", "https://example.org");
        assertThat(partial.explanationFor(Language.th)).isEqualTo(Map.entry(Language.th, "ไทย"));
        assertThat(partial.explanationFor(Language.km)).isEqualTo(Map.entry(Language.en, "English"));
    }

    @Test
    void findById() {
        assertThat(RULES.find("job.upfront-fee")).get().extracting(Rule::weight).isEqualTo(4);
        assertThat(RULES.find("job.nothing")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "weight.json | rule 'job.too-heavy': weight 7 is outside 1..5",
            "duplicate-id.json | rule 'job.twice': id already used in offercheck/broken/duplicate-id.json",
            "missing-language.json | rule 'job.half-translated': explanation is missing the language(s) [lo, km, my]",
            "bad-pattern.json | rule 'job.bad-regex': pattern (unclosed does not compile",
            "upper-case-pattern.json | rule 'job.shouting': pattern USD\\d+ has upper-case letters",
            "empty-pattern.json | rule 'job.everything': pattern x* matches the empty text",
            "unknown-field.json | rule 'job.typo': a rule has an unknown field \"phrasse\"",
            "wrong-prefix.json | rule 'travel.in-job-file': ids in a JOB_OFFER file must start with \"job.\"",
            "unknown-language.json | rule 'job.french': phrases has \"fr\", which is not one of",
            "no-phrases.json | rule 'job.silent': a rule needs at least one phrase, pattern or group of concepts",
            "unknown-concept.json | rule 'job.vague': together.concepts names \"pasport\", which is not in",
            "window-too-small.json | rule 'job.narrow': together.window must be a whole number of words from 2 to",
            "bad-source.json | rule 'job.insecure': source.url must start with https://",
            "not-json.json | not valid JSON",
            "duplicate-key.json | not valid JSON",
            "missing.json | not found on the classpath",
    })
    void aBrokenFileFailsNamingFileAndRule(String file, String message) {
        String resource = "offercheck/broken/" + file;
        assertThatThrownBy(() -> RuleSet.fromClasspath(List.of(resource)))
                .isInstanceOf(RuleSetException.class)
                .hasMessageStartingWith(resource + ":")
                .hasMessageContaining(message);
    }

    @Test
    void idsMustBeUniqueAcrossFiles() {
        assertThatThrownBy(() -> RuleSet.fromClasspath(List.of("offercheck/broken/weight-ok.json",
                "offercheck/broken/weight-ok-again.json")))
                .isInstanceOf(RuleSetException.class)
                .hasMessage("offercheck/broken/weight-ok-again.json: rule 'job.fine': id already used in "
                        + "offercheck/broken/weight-ok.json");
    }
}
