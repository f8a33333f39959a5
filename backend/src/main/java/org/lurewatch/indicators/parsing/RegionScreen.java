package org.lurewatch.indicators.parsing;

import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A cheap "could these digits be a number of this country?" test, built once from libphonenumber's
 * own metadata (the national number patterns of every number type).
 *
 * <p>Why: libphonenumber takes 15–30 µs to parse and validate one number in one region, and a
 * local number has to be tried in six. One precompiled pattern match rules most regions out in
 * well under a microsecond, so only plausible regions pay for the real parse. The screen only
 * ever says "maybe": the verdict is still libphonenumber's.
 */
final class RegionScreen {

    private final String countryCode;
    private final Pattern nationalNumber;

    private RegionScreen(String countryCode, Pattern nationalNumber) {
        this.countryCode = countryCode;
        this.nationalNumber = nationalNumber;
    }

    /**
     * The screen for a region, or null (no screening) if the metadata cannot be read: the source
     * API is public but not PhoneNumberUtil's, so a future release might move it.
     */
    static RegionScreen of(String region) {
        try {
            PhoneMetadata md = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource()
                    .getMetadataForRegion(region);
            return md == null ? null : of(md);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static RegionScreen of(PhoneMetadata md) {
        String alternatives = Stream.of(md.getFixedLine(), md.getMobile(), md.getTollFree(), md.getPremiumRate(),
                        md.getSharedCost(), md.getPersonalNumber(), md.getVoip(), md.getPager(), md.getUan(),
                        md.getVoicemail())
                .filter(PhoneNumberDesc::hasNationalNumberPattern)
                .map(d -> "(?:" + d.getNationalNumberPattern() + ")")
                .collect(Collectors.joining("|"));
        return new RegionScreen(String.valueOf(md.getCountryCode()), Pattern.compile(alternatives));
    }

    /**
     * @param digits the number's digits as written, without "+" (national prefix and a country
     *               code written without "+" are tried off)
     */
    boolean mayBeValid(String digits) {
        if (nationalNumber.matcher(digits).matches()) {
            return true;
        }
        for (String prefix : List.of("0", countryCode)) {
            if (digits.startsWith(prefix) && nationalNumber.matcher(digits.substring(prefix.length())).matches()) {
                return true;
            }
        }
        return false;
    }
}
