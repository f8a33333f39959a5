package org.lurewatch.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

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

    /** What any HTML parser reads as the start of markup. */
    private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/!?]");

    @ParameterizedTest
    @ValueSource(strings = {
            "<<b>img src=x onerror=alert(1)>",
            "<<x>script>alert(1)<</x>/script>",
            "<<<b>b>img src=x onerror=alert(1)>",
            "<\u200Bscript>alert(1)</script>",
            "<\u0000img src=x onerror=alert(1)>",
            "<<i>!--><img src=x onerror=alert(1)>",
            "&lt;<b>/b>x"})
    void decodingNeverAssemblesMarkup(String attack) {
        String cleaned = PlainText.clean(attack);
        assertThat(cleaned).doesNotContainPattern(MARKUP).doesNotContain("onerror=alert(1)>");
    }

    /**
     * Property: whatever pieces an attacker strings together, the result holds no markup, cleaning it
     * again changes nothing, and the text of the region around the pieces comes through unchanged.
     */
    @Test
    void noInputAssembledFromNastyPiecesComesOutWithMarkup() {
        List<String> pieces = List.of("<", "<<", ">", "/", "</", "<!", "<?", "!--", "-->", "<![CDATA[", "]]>", "b>",
                "<b>", "</b>", "<x>", "</x>", "script", "img", " src=x onerror=alert(1)", "svg/onload=alert(1)",
                "&lt;", "&gt;", "&#60;", "&#x3C;", "&amp;lt;", "&lt", "&#0000060", "&LT;", "\u200B", "\u0000",
                "\u202E", "\u00AD", "\uFEFF", "<\u200B", "\n", "\t", " ", "a", "Z", "=", "\"", "'", "`",
                "<style>", "</style>", "<textarea>", "<title>", "<noscript>", "<iframe", "javascript:", "<math>",
                "<svg>", "ผม", "ຂ້ອຍ", "ខ្ញុំ", "ကျွန်", "中介：", "🙏🏽", "👨‍👩‍👧", "＜", "＞", "𠀀");
        Random random = new Random(22);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder input = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                input.append(pieces.get(random.nextInt(pieces.size())));
            }
            String cleaned = PlainText.clean(input.toString());
            assertThat(cleaned).as("cleaned %s", input).doesNotContainPattern(MARKUP);
            assertThat(PlainText.clean(cleaned)).as("cleaned twice %s", input).isEqualTo(cleaned);
        }
    }

    @Test
    void textAroundAnAttackSurvives() {
        assertThat(PlainText.clean("เงินเดือนสูง <<b>img src=x onerror=alert(1)> 🙏🏽 中介：a < b"))
                .startsWith("เงินเดือนสูง").endsWith("🙏🏽 中介：a < b").doesNotContainPattern(MARKUP);
    }
}
