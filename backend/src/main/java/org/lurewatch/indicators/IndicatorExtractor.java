package org.lurewatch.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.lurewatch.common.UserInputException;
import org.lurewatch.indicators.extraction.EmailFinder;
import org.lurewatch.indicators.extraction.HandleFinder;
import org.lurewatch.indicators.extraction.LinkFinder;
import org.lurewatch.indicators.extraction.PhoneFinder;
import org.lurewatch.indicators.extraction.RegionContext;
import org.springframework.stereotype.Component;

/**
 * Finds every indicator in free text, such as a pasted job ad or a tip: phone numbers (local and
 * international formats of TH, VN, KH, LA, MM, CN), links and bare domains, e-mail addresses and
 * messenger handles ("LINE ID: …", "微信号：…", "Telegram @…", "Zalo 09…", "wa.me/66…").
 *
 * <p>Every occurrence is reported with its span, in text order; the same number found by several
 * default regions is reported once. Where forms overlap, the more specific one decides: digits in
 * a mail address or link are no phone number, a link that is a messenger handle is not also
 * reported as a domain, but "WhatsApp +66 81 234 5678" gives both the handle and the phone.
 * Thread-safe; all patterns are compiled once.
 */
@Component
public class IndicatorExtractor {

    /** Longer texts are refused rather than cut: a cut could split the very number asked about. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    private static final Comparator<ExtractedIndicator> TEXT_ORDER = Comparator
            .comparingInt(ExtractedIndicator::start)
            .thenComparing(f -> f.indicator().type())
            .thenComparingInt(ExtractedIndicator::end);

    private final HandleFinder handles = new HandleFinder();
    private final EmailFinder emails = new EmailFinder();
    private final LinkFinder links = new LinkFinder();
    private final PhoneFinder phones = new PhoneFinder();

    /** All indicators in the text, without a country hint. */
    public List<ExtractedIndicator> extract(String text) {
        return extract(text, null);
    }

    /**
     * @param regionHint ISO 3166-1 alpha-2 country the text is about, or null; decides the country
     *                   of a local number valid in several (see {@link IndicatorNormaliser})
     * @throws UserInputException (field "text") when the text is longer than {@link #MAX_TEXT_LENGTH}
     */
    public List<ExtractedIndicator> extract(String text, String regionHint) {
        return extract(text, regionHint, null);
    }

    /**
     * As {@link #extract(String, String)}; without a hint, a national phone number is read for the
     * country the text is written for (its script, the countries it names, the reader's language),
     * and where two countries stay plausible both readings are given (see
     * {@link ExtractedIndicator#alternatives()}).
     *
     * @param readerLanguage the reader's language tag ("lo", "en", …), or null
     */
    public List<ExtractedIndicator> extract(String text, String regionHint, String readerLanguage) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new UserInputException("text", "The text is longer than " + MAX_TEXT_LENGTH
                    + " characters; paste only the offer itself.");
        }
        List<ExtractedIndicator> foundHandles = handles.find(text, regionHint);
        List<ExtractedIndicator> foundEmails = emails.find(text);

        List<ExtractedIndicator> foundLinks = new ArrayList<>();
        for (ExtractedIndicator link : links.find(text)) {
            if (!overlapsAny(link, foundEmails) && !overlapsAny(link, foundHandles)) {
                foundLinks.add(link);
            }
        }

        List<ExtractedIndicator> notPhones = new ArrayList<>(foundEmails);
        notPhones.addAll(foundLinks);
        foundHandles.stream().filter(h -> isProfileHandle(h.indicator())).forEach(notPhones::add);

        List<ExtractedIndicator> all = new ArrayList<>(foundHandles);
        all.addAll(foundEmails);
        all.addAll(foundLinks);
        RegionContext context = regionHint == null ? RegionContext.of(text, readerLanguage) : RegionContext.NONE;
        for (ExtractedIndicator phone : phones.find(text, regionHint, context, notPhones)) {
            all.add(countryOfHandle(phone, foundHandles));
        }
        all.sort(TEXT_ORDER);
        return List.copyOf(new LinkedHashSet<>(all));
    }

    /** The distinct indicators in the text, in order of first appearance. */
    public List<Indicator> indicatorsIn(String text) {
        return extract(text).stream().map(ExtractedIndicator::indicator).distinct().toList();
    }

    private static boolean overlapsAny(ExtractedIndicator f, List<ExtractedIndicator> others) {
        for (ExtractedIndicator o : others) {
            if (f.start() < o.end() && o.start() < f.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Zalo 0912 345 678" is a Vietnamese number (Zalo is Vietnamese) though "0912345678" is also
     * valid in Thailand: the number inside a WhatsApp or Zalo handle takes the handle's reading.
     */
    private static ExtractedIndicator countryOfHandle(ExtractedIndicator phone, List<ExtractedIndicator> handles) {
        for (ExtractedIndicator h : handles) {
            String value = h.indicator().value();
            int colon = value.indexOf(':');
            boolean numberHandle = value.startsWith("+", colon + 1);
            if (numberHandle && h.start() <= phone.start() && phone.end() <= h.end()) {
                return new ExtractedIndicator(new Indicator(IndicatorType.PHONE, value.substring(colon + 1)),
                        phone.start(), phone.end(), phone.raw());
            }
        }
        return phone;
    }

    // a Facebook profile id or TikTok name is never a phone number, even when all digits
    private static boolean isProfileHandle(Indicator handle) {
        return handle.value().startsWith(Messenger.FACEBOOK.id() + ":")
                || handle.value().startsWith(Messenger.TIKTOK.id() + ":");
    }
}
