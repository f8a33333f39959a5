package org.lurewatch.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.LimitsTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A fresh installation starts with sample warnings that cover the whole region. */
@LimitsTest // a fresh install whose warnings no test changes
class SampleWarningsTest {

    @LocalServerPort
    int port;
    JsonNode warnings;

    @BeforeEach
    void load() {
        warnings = new GraphQlClient(port).query("""
                { warnings(first: 100, filter: {includeExpired: true}) { totalCount edges { node {
                    category countries availableLanguages redFlags sample indicators { type value } } } } }""")
                .data().path("warnings");
    }

    @Test
    void atLeastFifteenSamplesCoverEveryLureAndCountryInSeveralLanguages() {
        assertThat(warnings.path("totalCount").asInt()).isGreaterThanOrEqualTo(15);
        Set<String> categories = new HashSet<>();
        Set<String> countries = new HashSet<>();
        for (JsonNode edge : warnings.path("edges")) {
            JsonNode w = edge.path("node");
            categories.add(w.path("category").asString());
            w.path("countries").forEach(c -> countries.add(c.asString()));
            assertThat(w.path("sample").asBoolean()).isTrue();
            assertThat(w.path("availableLanguages").size()).as("English plus three languages").isGreaterThanOrEqualTo(4);
            assertThat(w.path("availableLanguages").toString()).contains("\"en\"");
            assertThat(w.path("redFlags").size()).isGreaterThanOrEqualTo(1);
            assertThat(w.path("indicators").size()).isGreaterThanOrEqualTo(1);
        }
        assertThat(categories).contains("JOB_OFFER", "TRAVEL_OFFER", "MARRIAGE_OFFER");
        assertThat(countries).contains("CN", "LA", "MM", "TH", "KH", "VN");
    }
}
