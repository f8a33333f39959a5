package org.lurewatch.warnings.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WarningHtmlTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)></svg>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "<style>body{display:none}</style>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<form action=\"https://evil.example\"><input name=password></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<p onclick=\"alert(1)\" onmouseover=\"alert(1)\">x</p>",
            "<a href=\"https://ok.example\" onclick=\"alert(1)\" target=\"_blank\">x</a>",
            "<<script>script>alert(1)<</script>/script>",
            "<base href=\"https://evil.example/\">",
            "<link rel=stylesheet href=https://evil.example/x.css>"})
    void hostileMarkupLeavesNothingActive(String hostile) {
        String safe = WarningHtml.sanitise(hostile);
        assertThat(safe.toLowerCase()).doesNotContain("<script", "javascript", "vbscript", "data:", "onerror", "onload",
                "onclick", "onmouseover", "style", "<iframe", "<object", "<embed", "<form", "<input", "<meta", "<svg",
                "<math", "<base", "<link", "target=");
    }

    @Test
    void keepsTheAllowedSubsetAndForcesRelOnLinks() {
        String html = "<p>Read <a href=\"https://www.ilo.org/x?a=1&amp;b=2\">ILO</a> or write to "
                + "<a href=\"mailto:help@example.org\">us</a>.</p><ul><li><strong>a</strong></li></ul>"
                + "<ol><li><em>b</em><br></li></ol>";
        String safe = WarningHtml.sanitise(html);
        assertThat(safe).contains("<a href=\"https://www.ilo.org/x?a&#61;1&amp;b&#61;2\" rel=\"nofollow noopener\">ILO</a>")
                .contains("<a href=\"mailto:help&#64;example.org\" rel=\"nofollow noopener\">us</a>")
                .contains("<ul><li><strong>a</strong></li></ul>").contains("<ol><li><em>b</em><br /></li></ol>");
    }

    @Test
    void relativeAndOtherLinksLoseTheirTargetButKeepTheirText() {
        assertThat(WarningHtml.sanitise("<a href=\"/staff\">here</a>")).isEqualTo("here");
        assertThat(WarningHtml.sanitise("<a href=\"//evil.example\">there</a>")).isEqualTo("there");
        assertThat(WarningHtml.sanitise("<a href=\"ftp://x.example\">ftp</a>")).isEqualTo("ftp");
    }

    @Test
    void boldAndItalicBecomeStrongAndEmphasis() {
        assertThat(WarningHtml.sanitise("<b>x</b> <i>y</i>")).isEqualTo("<strong>x</strong> <em>y</em>");
    }

    @Test
    void everyScriptOfTheRegionAndEmojiSurviveUnchanged() {
        String[] texts = {
                "高薪工作是骗局：别去！",
                "งานพิมพ์เงินเดือนสูงเป็นการหลอกลวง",
                "Việc làm lương cao là lừa đảo",
                "ວຽກເງິນເດືອນສູງແມ່ນການຫຼອກລວງ",
                "ការងារប្រាក់ខែខ្ពស់គឺជាការបោកប្រាស់",
                "လစာမြင့်အလုပ်များသည် လိမ်လည်မှုဖြစ်သည်",
                "Emoji 😱🛂👩‍💻🇹🇭 and 𠀀 (CJK Extension B), full-width （注意）",
        };
        for (String text : texts) {
            assertThat(WarningHtml.sanitise("<p>" + text + "</p>")).isEqualTo("<p>" + text + "</p>");
        }
    }

    @Test
    void bidiOverridesThatDisguiseTextAreRemoved() {
        assertThat(WarningHtml.sanitise("<p>call \u202E8765 432 180\u202C now</p>")).isEqualTo("<p>call 8765 432 180 now</p>");
        assertThat(WarningHtml.sanitise("<p>x&#x202E;y</p>")).isEqualTo("<p>xy</p>");
    }

    @Test
    void nothingBecomesTheEmptyString() {
        assertThat(WarningHtml.sanitise(null)).isEmpty();
        assertThat(WarningHtml.sanitise("   ")).isEmpty();
        assertThat(WarningHtml.sanitise("<script>only()</script>")).isEmpty();
    }

    @Test
    void plainTextIsEscapedNotInterpreted() {
        assertThat(WarningHtml.sanitise("1 < 2 & 3 > 2")).isEqualTo("1 &lt; 2 &amp; 3 &gt; 2");
    }
}
