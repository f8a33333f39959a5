package org.lurewatch.triage.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lurewatch.triage.workflow.CaseStatus.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lurewatch.tips.TipStatus;

/** Every pair of statuses, allowed or refused, against the table written out again by hand. */
class TransitionsTest {

    static final Map<CaseStatus, Set<CaseStatus>> EXPECTED = Map.of(
            NEW, EnumSet.of(IN_REVIEW, SPAM),
            IN_REVIEW, EnumSet.of(NEEDS_INFO, ESCALATED, REFERRED, CLOSED_ACTIONED, CLOSED_NO_ACTION, SPAM),
            NEEDS_INFO, EnumSet.of(IN_REVIEW, ESCALATED, REFERRED, CLOSED_NO_ACTION),
            ESCALATED, EnumSet.of(IN_REVIEW, CLOSED_ACTIONED, CLOSED_NO_ACTION),
            REFERRED, EnumSet.of(IN_REVIEW, CLOSED_ACTIONED, CLOSED_NO_ACTION),
            CLOSED_ACTIONED, EnumSet.of(IN_REVIEW),
            CLOSED_NO_ACTION, EnumSet.of(IN_REVIEW),
            SPAM, EnumSet.of(IN_REVIEW));

    @Test
    void everyPairIsAllowedOrRefusedAsSpecified() {
        int allowed = 0;
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                boolean expected = EXPECTED.get(from).contains(to);
                assertThat(Transitions.allowed(from, to)).as(from + " -> " + to).isEqualTo(expected);
                if (expected) {
                    allowed++;
                    Transitions.check(from, to);
                } else {
                    assertThatThrownBy(() -> Transitions.check(from, to)).as(from + " -> " + to)
                            .isInstanceOf(TriageConflictException.class)
                            .hasMessageContaining("cannot move to " + to);
                }
            }
        }
        assertThat(allowed).isEqualTo(21);
    }

    @Test
    void noStatusMovesToItselfOrBackToNew() {
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(Transitions.allowed(s, s)).isFalse();
            assertThat(Transitions.allowed(s, NEW)).isFalse();
        }
    }

    @Test
    void tipsterSeesFourStatuses() {
        assertThat(NEW.tipsterSees()).isEqualTo(TipStatus.RECEIVED);
        assertThat(IN_REVIEW.tipsterSees()).isEqualTo(TipStatus.IN_REVIEW);
        assertThat(ESCALATED.tipsterSees()).isEqualTo(TipStatus.IN_REVIEW);
        assertThat(REFERRED.tipsterSees()).isEqualTo(TipStatus.IN_REVIEW);
        assertThat(NEEDS_INFO.tipsterSees()).isEqualTo(TipStatus.NEEDS_INFO);
        assertThat(CLOSED_ACTIONED.tipsterSees()).isEqualTo(TipStatus.CLOSED);
        assertThat(CLOSED_NO_ACTION.tipsterSees()).isEqualTo(TipStatus.CLOSED);
        assertThat(SPAM.tipsterSees()).isEqualTo(TipStatus.CLOSED);
    }
}
