package org.lurewatch.graphql.internal;

import java.util.List;
import java.util.Map;

import org.lurewatch.common.Language;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class LanguageController {

    private static final Map<Language, String> NATIVE_NAMES = Map.of(
            Language.en, "English", Language.zh, "中文", Language.th, "ภาษาไทย",
            Language.vi, "Tiếng Việt", Language.lo, "ພາສາລາວ", Language.km, "ភាសាខ្មែរ",
            Language.my, "မြန်မာဘာသာ");

    record LanguageInfo(Language code, String nativeName) {
    }

    @QueryMapping
    List<LanguageInfo> languages() {
        return Language.ALL.stream().map(l -> new LanguageInfo(l, NATIVE_NAMES.get(l))).toList();
    }
}
