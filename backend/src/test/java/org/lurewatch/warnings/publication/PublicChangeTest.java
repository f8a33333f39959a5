package org.lurewatch.warnings.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lurewatch.common.Language;
import org.lurewatch.support.TestWarnings;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningChangeKind;
import org.lurewatch.warnings.WarningStatus;

/** Which saved states are public changes, and what a withdrawal may show. */
class PublicChangeTest {

    static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    private static Warning at(Warning w, long version, WarningStatus status, String title) {
        Warning t = TestWarnings.warning(w.slug()).id(w.id()).status(status).text(Language.en, title, "s").build();
        return new Warning(w.id(), w.slug(), w.category(), w.countries(), w.severity(), t.translations(), w.indicators(),
                w.sources(), status, w.publishedAt(), NOW.plusSeconds(version), null, false, version);
    }

    @Test
    void draftsAreNeverPublicChanges() {
        Warning draft = at(TestWarnings.warning("d").id("w1").build(), 0, WarningStatus.DRAFT, "draft");
        assertThat(PublicChange.between(null, draft, NOW)).isNull();
        assertThat(PublicChange.between(null, null, NOW)).isNull();
    }

    @Test
    void publishUpdateWithdrawRepublish() {
        Warning base = TestWarnings.warning("p").id("w2").build();
        PublicationMessage published = PublicChange.between(null, at(base, 1, WarningStatus.PUBLISHED, "one"), NOW);
        assertThat(published.kind()).isEqualTo(WarningChangeKind.PUBLISHED);
        assertThat(published.id()).isEqualTo("w2:" + String.format("%019d", 1));
        assertThat(PublicChange.between(published, at(base, 1, WarningStatus.PUBLISHED, "one"), NOW))
                .as("the same version again").isNull();

        PublicationMessage updated = PublicChange.between(published, at(base, 2, WarningStatus.PUBLISHED, "two"), NOW);
        assertThat(updated.kind()).isEqualTo(WarningChangeKind.UPDATED);
        assertThat(updated.number()).isEqualTo(2);

        PublicationMessage withdrawn = PublicChange.between(updated, at(base, 3, WarningStatus.DRAFT, "SECRET"), NOW);
        assertThat(withdrawn.kind()).isEqualTo(WarningChangeKind.WITHDRAWN);
        assertThat(withdrawn.snapshot().translations().get(Language.en).title())
                .as("a withdrawal keeps what was last published, never the draft").isEqualTo("two");
        assertThat(PublicChange.between(withdrawn, at(base, 4, WarningStatus.DRAFT, "SECRET 2"), NOW))
                .as("editing the draft afterwards").isNull();

        PublicationMessage again = PublicChange.between(withdrawn, at(base, 5, WarningStatus.PUBLISHED, "five"), NOW);
        assertThat(again.kind()).isEqualTo(WarningChangeKind.PUBLISHED);
        assertThat(again.snapshot().translations().get(Language.en).bodyHtml()).as("no bodies in the log").isEmpty();
    }

    @Test
    void aDeletedPublishedWarningIsWithdrawnWithANewNumber() {
        Warning base = TestWarnings.warning("x").id("w3").build();
        PublicationMessage published = PublicChange.between(null, at(base, 4, WarningStatus.PUBLISHED, "t"), NOW);
        PublicationMessage gone = PublicChange.between(published, null, NOW.plusSeconds(60));
        assertThat(gone.kind()).isEqualTo(WarningChangeKind.WITHDRAWN);
        assertThat(gone.number()).isEqualTo(5);
        assertThat(gone.at()).isEqualTo(NOW.plusSeconds(60));
    }
}
