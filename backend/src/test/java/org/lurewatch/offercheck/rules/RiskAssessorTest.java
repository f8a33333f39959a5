package org.lurewatch.offercheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lurewatch.common.Language;
import org.lurewatch.warnings.Category;
import org.lurewatch.offercheck.RiskLevel;
import org.lurewatch.offercheck.Trigger;

class RiskAssessorTest {

    private final RiskAssessor assessor = new RiskAssessor();

    private static List<FiredRule> fired(int... weights) {
        return Arrays.stream(weights).mapToObj(w -> new FiredRule(new Rule("job.w" + w, Category.JOB_OFFER, w,
                Map.of(Language.en, List.of("x")), Map.of(), List.of(), Map.of(Language.en, "why"), "t",
                "https://example.org"), List.of(new Trigger("x", 0, 1)))).toList();
    }

    @Test
    void nothingFoundIsNoKnownSignsNeverSafe() {
        assertThat(assessor.assess(List.of(), 0)).isEqualTo(RiskLevel.NO_KNOWN_SIGNS);
        assertThat(assessor.assess(fired(1), 0)).isEqualTo(RiskLevel.NO_KNOWN_SIGNS);
    }

    @Test
    void weightsAddUp() {
        assertThat(assessor.assess(fired(2), 0)).isEqualTo(RiskLevel.CAUTION);
        assertThat(assessor.assess(fired(5), 0)).isEqualTo(RiskLevel.CAUTION);
        assertThat(assessor.assess(fired(3, 2), 0)).isEqualTo(RiskLevel.CAUTION);
        assertThat(assessor.assess(fired(3, 3), 0)).isEqualTo(RiskLevel.HIGH);
        assertThat(assessor.assess(fired(1, 1, 1, 1, 1, 1), 0)).isEqualTo(RiskLevel.HIGH);
        assertThat(RiskAssessor.totalWeight(fired(4, 2, 1))).isEqualTo(7);
    }

    @Test
    void anIndicatorInAPublishedWarningIsHighOnItsOwn() {
        assertThat(assessor.assess(List.of(), 1)).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void aNegativeCountIsAProgrammingError() {
        assertThatThrownBy(() -> assessor.assess(List.of(), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
