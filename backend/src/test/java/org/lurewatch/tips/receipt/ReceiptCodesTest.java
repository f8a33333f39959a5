package org.lurewatch.tips.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lurewatch.common.UserInputException;

class ReceiptCodesTest {

    @Test
    void codesAreSixteenRandomDigitsShownInGroupsOfFour() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String code = ReceiptCodes.generate();
            assertThat(code).matches("\\d{16}");
            seen.add(code);
        }
        assertThat(seen).hasSize(1_000);
        assertThat(ReceiptCodes.format("1234567890123456")).isEqualTo("1234 5678 9012 3456");
    }

    @Test
    void typedCodesAreReadInAnyScriptWithSpacesOrDashes() {
        assertThat(ReceiptCodes.parse("1234 5678 9012 3456")).isEqualTo("1234567890123456");
        assertThat(ReceiptCodes.parse(" 1234-5678-9012-3456 ")).isEqualTo("1234567890123456");
        assertThat(ReceiptCodes.parse("๑๒๓๔ ๕๖๗๘ ๙๐๑๒ ๓๔๕๖")).as("Thai").isEqualTo("1234567890123456");
        assertThat(ReceiptCodes.parse("໑໒໓໔໕໖໗໘໙໐໑໒໓໔໕໖")).as("Lao").isEqualTo("1234567890123456");
        assertThat(ReceiptCodes.parse("១២៣៤ ៥៦៧៨ ៩០១២ ៣៤៥៦")).as("Khmer").isEqualTo("1234567890123456");
        assertThat(ReceiptCodes.parse("၁၂၃၄ ၅၆၇၈ ၉၀၁၂ ၃၄၅၆")).as("Burmese").isEqualTo("1234567890123456");
        assertThat(ReceiptCodes.parse("１２３４　５６７８　９０１２　３４５６")).as("full-width").isEqualTo("1234567890123456");
    }

    @Test
    void anythingElseIsRefusedNamingTheField() {
        for (String bad : new String[] {"", "123", "1234 5678 9012 345x", "12345678901234567", "1".repeat(100)}) {
            assertThatThrownBy(() -> ReceiptCodes.parse(bad)).isInstanceOfSatisfying(UserInputException.class,
                    e -> assertThat(e.field()).isEqualTo("receipt"));
        }
    }
}
