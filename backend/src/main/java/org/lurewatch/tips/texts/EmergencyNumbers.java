package org.lurewatch.tips.texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.lurewatch.common.CountryCodes;
import org.lurewatch.common.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Emergency numbers per country, with the source of each, from a data file
 * ({@code lurewatch.tips.emergency-numbers}, default {@code classpath:tips/emergency-numbers.json})
 * so that a number can be corrected without a code change.
 */
@Component
public class EmergencyNumbers {

    record Entry(String number, Map<Language, String> service, String source, String sourceUrl, boolean checked) {
    }

    record File(Map<String, List<Entry>> countries) {
    }

    /** One number, its service named in {@code language}. */
    public record Number(String country, String number, String service, Language language, String source,
            String sourceUrl, boolean checked) {
    }

    private final Map<String, List<Entry>> byCountry;

    public EmergencyNumbers(@Value("${lurewatch.tips.emergency-numbers:classpath:tips/emergency-numbers.json}") Resource data) {
        try (InputStream in = data.getInputStream()) {
            File file = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, new TypeReference<File>() {
                    });
            this.byCountry = Map.copyOf(file.countries());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the emergency numbers from " + data, e);
        }
        byCountry.forEach((country, entries) -> {
            CountryCodes.require(country, "emergency-numbers");
            entries.forEach(e -> {
                if (e.number() == null || e.service() == null || e.service().isEmpty() || e.source() == null) {
                    throw new IllegalStateException("An emergency number for " + country
                            + " lacks its number, service name or source in " + data);
                }
            });
        });
    }

    /** The numbers for a country (empty for a country the data does not cover). */
    public List<Number> of(String country, Language language) {
        return byCountry.getOrDefault(country, List.of()).stream().map(e -> localise(country, e, language)).toList();
    }

    public Map<String, List<Number>> all(Language language) {
        return byCountry.keySet().stream().sorted()
                .collect(java.util.stream.Collectors.toMap(c -> c, c -> of(c, language), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    private static Number localise(String country, Entry e, Language wanted) {
        for (Language l : (wanted == null ? Language.en : wanted).fallbackChain()) {
            String service = e.service().get(l);
            if (service != null) {
                return new Number(country, e.number(), service, l, e.source(), e.sourceUrl(), e.checked());
            }
        }
        throw new IllegalStateException("unreachable: service names are checked at start-up");
    }
}
