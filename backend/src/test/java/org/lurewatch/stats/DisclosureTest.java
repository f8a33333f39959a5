package org.lurewatch.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lurewatch.stats.internal.Disclosure;

class DisclosureTest {

    @Test
    void countsBelowFiveAreSuppressedAndTheRestRounded() {
        for (long small = 0; small < 5; small++) {
            assertThat(Disclosure.publish(small)).isNull();
        }
        assertThat(Disclosure.publish(5)).isEqualTo(5);
        assertThat(Disclosure.publish(7)).isEqualTo(5);
        assertThat(Disclosure.publish(8)).isEqualTo(10);
        assertThat(Disclosure.publish(12)).isEqualTo(10);
        assertThat(Disclosure.publish(1_234)).isEqualTo(1_235);
    }

    @Test
    void aTotalMinusTheShownCellsDoesNotGiveASuppressedCellBack() {
        // cells 8 and 3 (suppressed): the total 11 is published as 10, the shown cell as 10
        long shown = Disclosure.publish(8);
        long total = Disclosure.publish(11);
        assertThat(total - shown).isNotEqualTo(3);
    }
}
