package org.lurewatch.access.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lurewatch.common.UserInputException;

class OriginsTest {

    @Test
    void keepsExactOriginsInLowerCase() {
        assertThat(Origins.normalise(List.of("https://NGO.Example.org", "http://localhost:8081", "https://ngo.example.org/")))
                .containsExactly("https://ngo.example.org", "http://localhost:8081");
    }

    @Test
    void refusesWildcardsPathsAndOtherSchemes() {
        for (String bad : List.of("*", "https://*.example.org", "https://a.example/x",
                "ftp://a.example", "a.example", "null", "https://user@a.example", "https://a.example?x=1", "")) {
            assertThatThrownBy(() -> Origins.normalise(bad)).as(bad).isInstanceOf(UserInputException.class)
                    .extracting(e -> ((UserInputException) e).field()).isEqualTo("allowedOrigins");
        }
    }

    @Test
    void atMostTen() {
        assertThatThrownBy(() -> Origins.normalise(Collections.nCopies(11, "https://a.example")))
                .isInstanceOf(UserInputException.class);
    }
}
