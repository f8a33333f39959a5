package org.lurewatch.offercheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every rule, one by one, against hand-written texts that must and must not fire it
 * (src/test/resources/offercheck/rule-examples.json), in English and in languages of the region.
 */
class RuleExamplesTest {

    private static final RuleSet RULES = RuleSet.fromClasspath();
    private static final RedFlagMatcher MATCHER = new RedFlagMatcher(RULES);
    private static final List<Example> EXAMPLES = loadExamples();

    record Example(String ruleId, String lang, List<String> fires, List<String> doesNotFire) {
    }

    private static List<Example> loadExamples() {
        try (InputStream in = RuleExamplesTest.class.getClassLoader()
                .getResourceAsStream("offercheck/rule-examples.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<Example> examples = new ArrayList<>();
            for (JsonNode e : root) {
                examples.add(new Example(e.get("ruleId").asString(), e.get("lang").asString(), texts(e.get("fires")),
                        texts(e.get("doesNotFire"))));
            }
            return examples;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asString()));
        return texts;
    }

    private static List<String> firedIds(String text) {
        return MATCHER.match(text).stream().map(f -> f.rule().id()).toList();
    }

    @TestFactory
    Stream<DynamicTest> eachExampleFiresItsRule() {
        return EXAMPLES.stream().flatMap(e -> e.fires().stream().map(text -> DynamicTest.dynamicTest(
                e.ruleId() + " [" + e.lang() + "] fires on: " + text,
                () -> assertThat(firedIds(text)).as(text).contains(e.ruleId()))));
    }

    @TestFactory
    Stream<DynamicTest> eachCounterExampleDoesNotFireItsRule() {
        return EXAMPLES.stream().flatMap(e -> e.doesNotFire().stream().map(text -> DynamicTest.dynamicTest(
                e.ruleId() + " [" + e.lang() + "] does not fire on: " + text,
                () -> assertThat(firedIds(text)).as(text).doesNotContain(e.ruleId()))));
    }

    @Test
    void everyRuleHasEnglishAndRegionalExamplesOfBothKinds() {
        for (Rule rule : RULES.rules()) {
            List<Example> mine = EXAMPLES.stream().filter(e -> e.ruleId().equals(rule.id())).toList();
            assertThat(mine).as(rule.id() + " has an English example that fires and one that does not")
                    .anyMatch(e -> e.lang().equals("en") && !e.fires().isEmpty() && !e.doesNotFire().isEmpty());
            assertThat(mine).as(rule.id() + " has a regional example that fires and one that does not")
                    .anyMatch(e -> !e.lang().equals("en") && !e.fires().isEmpty() && !e.doesNotFire().isEmpty());
        }
    }

    @Test
    void examplesNameOnlyExistingRules() {
        assertThat(EXAMPLES).allSatisfy(e -> assertThat(RULES.find(e.ruleId())).as(e.ruleId()).isPresent());
    }

    @Test
    void triggersAreTheWordsAsWritten() {
        FiredRule fee = MATCHER.match("A Training Fee of 5,000 baht is required.").stream()
                .filter(f -> f.rule().id().equals("job.upfront-fee")).findFirst().orElseThrow();
        assertThat(fee.triggers()).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("Training Fee");
            assertThat(t.start()).isEqualTo(2);
            assertThat(t.end()).isEqualTo(14);
        });
    }
}
