package org.lurewatch.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The server texts: one file per language, every file with every key, and a fallback that says so. */
class ServerTextsTest {

    private static final Pattern NUMBERED = Pattern.compile("(.+)\\.(\\d+)");

    @Test
    void everyLanguageHasEveryKeyOfEveryOtherLanguage() throws IOException {
        Set<String> all = new TreeSet<>();
        for (Language language : Language.ALL) {
            all.addAll(file(language).stringPropertyNames());
        }
        assertThat(all).as("keys (the 22 moved here from two JSON files and a Java map)").hasSizeGreaterThanOrEqualTo(22);
        for (Language language : Language.ALL) {
            Properties texts = file(language);
            assertThat(texts.stringPropertyNames()).as("keys of messages_%s.properties", language)
                    .containsExactlyInAnyOrderElementsOf(all);
            for (String key : all) {
                assertThat(texts.getProperty(key)).as("%s in %s", key, language).isNotBlank()
                        .doesNotContain("\uFFFD").isEqualTo(texts.getProperty(key).strip());
            }
        }
    }

    @Test
    void everyTextResolvesInTheLanguageAskedFor() throws IOException {
        ServerTexts texts = new ServerTexts();
        for (Language language : Language.ALL) {
            for (String key : file(language).stringPropertyNames()) {
                assertThat(texts.text(key, language)).as(key)
                        .isEqualTo(new ServerTexts.Localised<>(file(language).getProperty(key), language));
            }
        }
        // texts that are not MessageFormat patterns stay as written (apostrophes included)
        assertThat(texts.text("feeds.instruction", Language.en).text()).contains("the recruiter's licence");
        assertThat(texts.text("tips.status.RECEIVED", Language.my).text()).startsWith("လက်ခံရရှိပြီး။");
    }

    @Test
    void numberedListsStartAtOneAndHaveNoGaps() throws IOException {
        Properties english = file(Language.en);
        for (String key : english.stringPropertyNames()) {
            Matcher numbered = NUMBERED.matcher(key);
            if (numbered.matches()) {
                int n = Integer.parseInt(numbered.group(2));
                assertThat(english).as("%s needs %s.%d before it", key, numbered.group(1), n - 1)
                        .containsKey(n == 1 ? key : numbered.group(1) + "." + (n - 1));
                assertThat(new ServerTexts().list(numbered.group(1), Language.th).text())
                        .hasSizeGreaterThanOrEqualTo(n);
            }
        }
    }

    @Test
    void aMissingTextComesFromEnglishAndSaysSo() {
        ServerTexts partial = new ServerTexts("servertexts/partial");
        assertThat(partial.text("greeting", Language.th)).isEqualTo(new ServerTexts.Localised<>("สวัสดี", Language.th));
        assertThat(partial.text("only-en", Language.th)).isEqualTo(new ServerTexts.Localised<>("English only", Language.en));
        assertThat(partial.text("greeting", Language.lo)).as("no Lao file at all")
                .isEqualTo(new ServerTexts.Localised<>("Hello", Language.en));
        assertThat(partial.list("steps", Language.th))
                .isEqualTo(new ServerTexts.Localised<>(List.of("One", "Two"), Language.en));
        assertThat(partial.text("greeting", null).language()).isEqualTo(Language.en);
        assertThatThrownBy(() -> partial.text("no-such-key", Language.th))
                .hasMessageContaining("no-such-key");
    }

    /** Reads a file the strict way: bytes that are not UTF-8 fail here instead of turning into U+FFFD. */
    private static Properties file(Language language) throws IOException {
        String name = ServerTexts.BASENAME + "_" + language + ".properties";
        try (InputStream in = ServerTextsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes()))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new AssertionError(name + " is not UTF-8", e);
            }
            Properties properties = new Properties();
            properties.load(new StringReader(text));
            return properties;
        }
    }
}
