package org.lurewatch.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "ผมได้รับข้อเสนองานที่กัมพูชา เงินเดือน 50,000 บาท",
            "ຂ້ອຍໄດ້ຮັບການສະເໜີວຽກຢູ່ລາວ",
            "ខ្ញុំបានទទួលការផ្តល់ការងារ",
            "ကျွန်တော် အလုပ်ကမ်းလှမ်းချက် ရခဲ့တယ်",
            "Tôi nhận được lời mời làm việc lương cao ở Campuchia",
            "中介说：工资很高，包吃包住！（不要告诉家人）",
            "𠀀𠀁 CJK Extension B",
            "Help 🙏🏽 please 👨‍👩‍👧 now",
            "a < b && c > d; 5 > 3 & 2 < 4",
            "line one\nline two\ttabbed"})
    void textInEveryScriptComesBackExactlyAsTyped(String typed) {
        assertThat(PlainText.clean(typed)).isEqualTo(typed);
    }

    @Test
    void markupIsRemovedAndScriptsWithIt() {
        assertThat(PlainText.clean("<b>Job</b> offer<script>alert(1)</script><img src=x onerror=alert(2)>!"))
                .isEqualTo("Job offer!");
    }

    @Test
    void typedEntitiesStayAsTyped() {
        assertThat(PlainText.clean("AT&T &amp; co")).isEqualTo("AT&T &amp; co");
        assertThat(PlainText.clean("<i>x</i> &lt;3 &amp; AT&T")).isEqualTo("x &lt;3 &amp; AT&T");
    }

    @Test
    void bidiOverridesAndControlsAreRemoved() {
        assertThat(PlainText.clean("pay\u202Egnp.exe\u0000\u0007 now\u200B")).isEqualTo("paygnp.exe now");
    }

    @Test
    void decomposedTextIsNormalisedToNfc() {
        assertThat(PlainText.clean("Vie\u0302\u0323t")).isEqualTo("Việt");
    }

    @Test
    void tooLongTextNamesTheFieldAndTheLimit() {
        assertThatThrownBy(() -> PlainText.clean("x".repeat(11), "story", 10))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("story").hasMessageContaining("10");
        assertThat(PlainText.clean("😀".repeat(10), "story", 10)).hasSize(20);
    }
}
