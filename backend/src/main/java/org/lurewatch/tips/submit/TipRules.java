package org.lurewatch.tips.submit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.lurewatch.common.CountryCodes;
import org.lurewatch.common.PlainText;
import org.lurewatch.common.UserInputException;
import org.lurewatch.common.Zawgyi;
import org.lurewatch.tips.TipRecord;
import org.lurewatch.tips.store.TipContent;

/**
 * Checks and cleans a submitted tip: every free text through {@link PlainText} with a cap; errors
 * name the field and the limit. Pure: unit-testable without Spring.
 */
public final class TipRules {

    public static final int STORY = 8_000;
    public static final int PLACE = 200;
    public static final int CONTACT = 500;
    public static final int INDICATOR = 300;
    public static final int MAX_INDICATORS = 20;
    public static final int MESSAGE = 4_000;
    /**
     * Raw input is refused before cleaning beyond this multiple of the cap: markup that would be
     * stripped is allowed for, megabytes are not sanitised for nothing.
     */
    private static final int RAW_FACTOR = 4;
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    /** Resolves an indicator's link hash; null when it cannot be normalised. */
    @FunctionalInterface
    public interface Linker {
        String linkHash(org.lurewatch.indicators.IndicatorType type, String raw, String country);

        /** What an indicator sent without a type is, when its text says so unambiguously; else null. */
        default org.lurewatch.indicators.IndicatorType recognise(String raw, String country) {
            return null;
        }
    }

    private TipRules() {
    }

    public static TipContent clean(NewTip tip, Linker linker) {
        required(tip.category(), "category");
        required(tip.channel(), "channel");
        required(tip.inDangerNow(), "inDangerNow");
        required(tip.language(), "language");
        required(tip.reportingFor(), "reportingFor");
        String country = CountryCodes.require(tip.country(), "country");
        String story = text(tip.story(), "story", STORY);
        if (story == null || story.isEmpty()) {
            throw new UserInputException("story", "story is empty: tell us what happened, in any language");
        }
        return new TipContent(tip.category(), country, text(tip.place(), "place", PLACE), tip.channel(), story,
                indicators(tip.indicators(), country, linker), tip.inDangerNow(), tip.language(), tip.reportingFor(),
                text(tip.contact(), "contact", CONTACT));
    }

    public static String idempotencyKey(String key) {
        if (key == null || !IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw new UserInputException("idempotencyKey", "idempotencyKey is 16 to 128 characters of A-Z, a-z, 0-9, "
                    + "_ or -, generated at random by the client once per tip (e.g. a UUID) and sent again on a retry");
        }
        return key;
    }

    /** Cleaned text, or null when absent or blank. */
    public static String text(String raw, String field, int max) {
        if (raw == null) {
            return null;
        }
        if (raw.length() > max * RAW_FACTOR) {
            throw new UserInputException(field, field + " is at most " + max + " characters (was "
                    + raw.codePointCount(0, raw.length()) + ")");
        }
        // staff read Unicode: Burmese typed in Zawgyi is converted (kept as sent too if lossy)
        String cleaned = Zawgyi.toUnicodeKeepingOriginalIfLossy(PlainText.clean(raw, field, max));
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static List<TipRecord.Indicator> indicators(List<NewTip.IndicatorInput> inputs, String country, Linker linker) {
        if (inputs == null) {
            return List.of();
        }
        if (inputs.size() > MAX_INDICATORS) {
            throw new UserInputException("indicators", "indicators: at most " + MAX_INDICATORS
                    + " per tip (was " + inputs.size() + "); put the rest in the story");
        }
        List<TipRecord.Indicator> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            NewTip.IndicatorInput input = inputs.get(i);
            String field = "indicators[" + i + "].value";
            String raw = input == null ? null : text(input.value(), field, INDICATOR);
            if (raw != null) {
                // the site's form has no type picker: most people just paste the number or link
                var type = input.type() != null ? input.type() : linker.recognise(raw, country);
                out.add(new TipRecord.Indicator(type, raw, type == null ? null : linker.linkHash(type, raw, country)));
            }
        }
        return List.copyOf(out);
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw new UserInputException(field, field + " is required");
        }
    }
}
