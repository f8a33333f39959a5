package org.lurewatch.indicators;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lurewatch.common.UserInputException;
import org.lurewatch.indicators.extraction.HandleFinder;
import org.lurewatch.indicators.parsing.EmailAddresses;
import org.lurewatch.indicators.parsing.Handles;
import org.lurewatch.indicators.parsing.Hosts;
import org.lurewatch.indicators.parsing.InvalidIndicatorException;
import org.lurewatch.indicators.parsing.OrganisationNames;
import org.lurewatch.indicators.parsing.PhoneNumbers;
import org.springframework.stereotype.Component;

/**
 * Turns one value typed into an indicator field (by an editor or a tipster) into its normalised
 * {@link Indicator}:
 * <ul>
 * <li>PHONE: E.164 ("+66812345678"); a local number is read in TH, VN, KH, LA, MM, CN (the hint
 * first); a number valid nowhere is kept as its digits so input is never lost;</li>
 * <li>DOMAIN: the registrable domain of a link or host, punycode lower case ("example.co.th");</li>
 * <li>EMAIL: lower case, punycode domain;</li>
 * <li>HANDLE: "messenger:handle" lower case ("telegram:@name", "whatsapp:+66812345678");</li>
 * <li>ORGANISATION: NFC, spaces collapsed, case kept (the key folds it).</li>
 * </ul>
 * Thread-safe and stateless.
 */
@Component
public class IndicatorNormaliser {

    private final HandleFinder handles = new HandleFinder();

    /** The input field named in errors. */
    public static final String FIELD = "indicators";

    /** Normalises without a country hint. */
    public Indicator normalise(IndicatorType type, String raw) {
        return normalise(type, raw, null);
    }

    /**
     * @param regionHint ISO 3166-1 alpha-2 country the value is about (e.g. "LA"), or null; it
     *                   decides between countries where a local phone number is valid in several,
     *                   and is ignored when libphonenumber does not know it
     * @throws UserInputException (field "indicators") when the value is not of that type
     */
    public Indicator normalise(IndicatorType type, String raw, String regionHint) {
        Objects.requireNonNull(type, "type");
        if (raw == null || raw.isBlank()) {
            throw new UserInputException(FIELD, "The " + describe(type) + " is empty.");
        }
        try {
            return new Indicator(type, switch (type) {
                case PHONE -> PhoneNumbers.normalise(raw, regionHint);
                case DOMAIN -> Hosts.registrableDomain(raw);
                case EMAIL -> EmailAddresses.normalise(raw);
                case HANDLE -> handle(raw, regionHint);
                case ORGANISATION -> OrganisationNames.normalise(raw);
            });
        } catch (InvalidIndicatorException e) {
            throw new UserInputException(FIELD, e.getMessage());
        }
    }

    /**
     * "line:@name" as written, or a handle as people write it in free text ("LINE @name",
     * "@name (ไลน์)"): the same normal form the extractor gives an offer, so a tip and an offer
     * naming one handle meet.
     */
    private String handle(String raw, String regionHint) {
        try {
            return Handles.normalise(raw, regionHint);
        } catch (InvalidIndicatorException notPrefixed) {
            String s = raw.strip();
            int colon = s.indexOf(':') >= 0 ? s.indexOf(':') : s.indexOf('：');
            // "line:some chai" names its app and is wrong as it stands; "ไลน์ @name" is free text
            if (colon > 0 && Messenger.fromId(s.substring(0, colon)).isPresent()) {
                throw notPrefixed;
            }
            List<ExtractedIndicator> found = handles.find(s, regionHint);
            if (found.size() == 1) {
                return found.get(0).indicator().value();
            }
            throw notPrefixed;
        }
    }

    /**
     * The app-less form of a handle whose app lets people write "@name" (LINE, Telegram, TikTok):
     * "line:@somchai88" gives "other:somchai88", the form a bare "@somchai88" in a tip takes.
     */
    public static Optional<Indicator> withoutApp(Indicator indicator) {
        if (indicator.type() != IndicatorType.HANDLE) {
            return Optional.empty();
        }
        String value = indicator.value();
        for (Messenger app : List.of(Messenger.LINE, Messenger.TELEGRAM, Messenger.TIKTOK)) {
            String prefix = app.id() + ":@";
            if (value.startsWith(prefix) && value.length() > prefix.length()) {
                return Optional.of(new Indicator(IndicatorType.HANDLE, Messenger.OTHER.id() + ":"
                        + value.substring(prefix.length())));
            }
        }
        return Optional.empty();
    }

    private static String describe(IndicatorType type) {
        return switch (type) {
            case PHONE -> "phone number";
            case DOMAIN -> "web address";
            case EMAIL -> "e-mail address";
            case HANDLE -> "messenger handle";
            case ORGANISATION -> "organisation name";
        };
    }
}
