package org.lurewatch.warnings.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.lurewatch.common.Language;
import org.lurewatch.warnings.Translation;
import org.lurewatch.warnings.Warning;

/** Names the fields two states of a warning differ in, for the version history. */
final class WarningDiff {

    private WarningDiff() {
    }

    static List<String> between(Warning before, Warning after) {
        List<String> changes = new ArrayList<>();
        if (before == null) {
            return changes;
        }
        compare(changes, "slug", before.slug(), after.slug());
        compare(changes, "status", before.status(), after.status());
        compare(changes, "category", before.category(), after.category());
        compare(changes, "severity", before.severity(), after.severity());
        compare(changes, "countries", before.countries(), after.countries());
        compare(changes, "indicators", before.indicators(), after.indicators());
        compare(changes, "sources", before.sources(), after.sources());
        compare(changes, "publishedAt", before.publishedAt(), after.publishedAt());
        compare(changes, "expiresAt", before.expiresAt(), after.expiresAt());
        for (Language language : Language.ALL) {
            Translation a = before.translations().get(language);
            Translation b = after.translations().get(language);
            String at = "translations." + language.name();
            if (a == null || b == null) {
                compare(changes, at, a, b);
                continue;
            }
            compare(changes, at + ".title", a.title(), b.title());
            compare(changes, at + ".summary", a.summary(), b.summary());
            compare(changes, at + ".bodyHtml", a.bodyHtml(), b.bodyHtml());
            compare(changes, at + ".redFlags", a.redFlags(), b.redFlags());
        }
        return changes;
    }

    private static void compare(List<String> changes, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changes.add(field);
        }
    }
}
