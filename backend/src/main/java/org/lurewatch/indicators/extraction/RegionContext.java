package org.lurewatch.indicators.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lurewatch.indicators.parsing.PhoneNumbers;

/**
 * Which country a text is written for, as evidence per region of {@link PhoneNumbers#REGIONS}:
 * the script it is written in (Lao script is read in Laos, Khmer in Cambodia, Burmese in
 * Myanmar, Thai in Thailand, Vietnamese letters in Viet Nam, Han characters in China), the
 * countries and cities it names, and the reader's language. A national number ("020 9900 0456")
 * valid in several countries is read for the region with the most evidence; see
 * {@link PhoneFinder}.
 */
public final class RegionContext {

    /** No evidence at all: numbers are read in {@link PhoneNumbers#REGIONS} order. */
    public static final RegionContext NONE = new RegionContext(Map.of());

    static final int SCRIPT = 4;
    static final int READER = 2;
    static final int NAMED = 1;
    static final int MAX_NAMED = 2;

    /** Names of each region's country and main cities, lower case, in the languages of the region. */
    private static final Map<String, List<String>> NAMES = Map.of(
            "TH", List.of("thailand", "bangkok", "chiang mai", "pattaya", "mae sot", "ประเทศไทย", "กรุงเทพ",
                    "泰国", "曼谷", "thái lan", "ປະເທດໄທ", "ບາງກອກ", "ប្រទេសថៃ", "បាងកក", "ထိုင်း", "ဘန်ကောက်"),
            "VN", List.of("vietnam", "viet nam", "hanoi", "ho chi minh", "saigon", "việt nam", "hà nội", "hồ chí minh",
                    "เวียดนาม", "越南", "河内", "胡志明", "ຫວຽດນາມ", "វៀតណាម", "ဗီယက်နမ်"),
            "KH", List.of("cambodia", "phnom penh", "sihanoukville", "siem reap", "กัมพูชา", "พนมเปญ", "柬埔寨", "金边",
                    "西港", "campuchia", "phnôm pênh", "ກຳປູເຈຍ", "កម្ពុជា", "ភ្នំពេញ", "ព្រះសីហនុ", "ကမ္ဘောဒီးယား"),
            "LA", List.of("laos", "lao pdr", "vientiane", "luang prabang", "ประเทศลาว", "เวียงจันทน์", "老挝", "万象",
                    "lào", "viêng chăn", "ປະເທດລາວ", "ວຽງຈັນ", "ຫຼວງພະບາງ", "ឡាវ", "လာအို"),
            "MM", List.of("myanmar", "burma", "yangon", "mandalay", "myawaddy", "พม่า", "เมียนมา", "缅甸", "仰光",
                    "妙瓦底", "miến điện", "ມຽນມາ", "មីយ៉ាន់ម៉ា", "မြန်မာ", "ရန်ကုန်", "မန္တလေး", "မြဝတီ"),
            "CN", List.of("china", "beijing", "shanghai", "guangzhou", "kunming", "中国", "北京", "上海", "昆明",
                    "trung quốc", "ประเทศจีน", "ປະເທດຈີນ", "ប្រទេសចិន", "တရုတ်ပြည်"));

    private static final Map<String, String> REGION_OF_LANGUAGE = Map.of(
            "th", "TH", "vi", "VN", "km", "KH", "lo", "LA", "my", "MM", "zh", "CN");

    private final String text;
    private final String readerLanguage;
    /** Weighed on first use: most texts hold no national number that needs it. */
    private Map<String, Integer> scores;

    private RegionContext(Map<String, Integer> scores) {
        this.text = null;
        this.readerLanguage = null;
        this.scores = Map.copyOf(scores);
    }

    private RegionContext(String text, String readerLanguage) {
        this.text = text;
        this.readerLanguage = readerLanguage;
    }

    /**
     * The evidence of a text, weighed when first asked for; one instance serves one extraction.
     *
     * @param readerLanguage the reader's language tag ("lo", "en", …), or null
     */
    public static RegionContext of(String text, String readerLanguage) {
        return new RegionContext(text, readerLanguage);
    }

    private Map<String, Integer> scores() {
        if (scores == null) {
            scores = weigh(text, readerLanguage);
        }
        return scores;
    }

    private static Map<String, Integer> weigh(String text, String readerLanguage) {
        Map<String, Integer> scores = new HashMap<>();
        String script = dominantScriptRegion(text);
        if (script != null) {
            scores.merge(script, SCRIPT, Integer::sum);
        }
        if (readerLanguage != null) {
            String region = REGION_OF_LANGUAGE.get(readerLanguage.toLowerCase(Locale.ROOT));
            if (region != null) {
                scores.merge(region, READER, Integer::sum);
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        NAMES.forEach((region, names) -> {
            int named = 0;
            for (String name : names) {
                if (named < MAX_NAMED && lower.contains(name)) {
                    named++;
                }
            }
            if (named > 0) {
                scores.merge(region, named * NAMED, Integer::sum);
            }
        });
        return scores;
    }

    /** The evidence for a region; 0 when none. */
    public int score(String region) {
        return scores().getOrDefault(region, 0);
    }

    public boolean isEmpty() {
        return scores().isEmpty();
    }

    /** The region with the most evidence, or null when none or two share the top. */
    public String strongest() {
        String best = null;
        int top = 0;
        boolean tie = false;
        for (var e : scores().entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
                tie = false;
            } else if (e.getValue() == top) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The region whose script most letters of the text are in; null for English or mixed Latin. */
    static String dominantScriptRegion(String text) {
        int thai = 0;
        int lao = 0;
        int khmer = 0;
        int burmese = 0;
        int han = 0;
        int vietnamese = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x00C0) {
                continue;
            }
            if (c >= 0x0E00 && c <= 0x0E7F) {
                thai++;
            } else if (c >= 0x0E80 && c <= 0x0EFF) {
                lao++;
            } else if (c >= 0x1780 && c <= 0x17FF) {
                khmer++;
            } else if (c >= 0x1000 && c <= 0x109F) {
                burmese++;
            } else if (c >= 0x4E00 && c <= 0x9FFF) {
                han++;
            } else if (isVietnameseLetter(c)) {
                vietnamese++;
            }
        }
        int[] counts = {thai, lao, khmer, burmese, han, vietnamese};
        String[] regions = {"TH", "LA", "KH", "MM", "CN", "VN"};
        int best = -1;
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] > 0 && (best < 0 || counts[k] > counts[best])) {
                best = k;
            }
        }
        // a handful of Vietnamese letters in an English text is a name, not the language
        if (best == 5 && vietnamese < 3) {
            return null;
        }
        return best < 0 ? null : regions[best];
    }

    private static boolean isVietnameseLetter(char c) {
        return c >= 0x1EA0 && c <= 0x1EF9 || "ăâđêôơưĂÂĐÊÔƠƯ".indexOf(c) >= 0;
    }
}
