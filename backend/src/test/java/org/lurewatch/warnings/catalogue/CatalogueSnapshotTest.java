package org.lurewatch.warnings.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lurewatch.common.Language;
import org.lurewatch.support.TestWarnings;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningFilter;

class CatalogueSnapshotTest {

    private final Warning thai = TestWarnings.warning("fake-factory-jobs").id("w1")
            .text(Language.th, "งานโรงงานปลอม", "ค่าจ้างสูงเกินจริง").build();
    private final Warning vietnamese = TestWarnings.warning("lua-dao-viec-lam").id("w2")
            .text(Language.vi, "Lừa đảo việc làm", "Lương cao bất thường").build();

    private static List<String> search(CatalogueSnapshot snapshot, String text) {
        WarningFilter filter = new WarningFilter(Set.of(), Set.of(), Set.of(), text, null, true);
        return snapshot.entries().stream().filter(FilterPredicate.of(filter)).map(e -> e.warning().slug()).toList();
    }

    @Test
    void aSearchBeforeTheBackgroundFoldFindsWhatItWouldFindAfter() {
        CatalogueSnapshot snapshot = CatalogueSnapshot.of(List.of(thai, vietnamese), 1);
        assertThat(snapshot.entries()).noneMatch(CatalogueSnapshot.Entry::isFolded);

        assertThat(search(snapshot, "LUA DAO")).containsExactly("lua-dao-viec-lam");
        assertThat(search(snapshot, "โรงงาน")).containsExactly("fake-factory-jobs");

        snapshot.foldAll();
        assertThat(snapshot.entries()).allMatch(CatalogueSnapshot.Entry::isFolded);
        assertThat(search(snapshot, "lừa đảo")).containsExactly("lua-dao-viec-lam");
    }

    @Test
    void aChangeRefoldsOnlyTheWarningItReplaces() {
        CatalogueSnapshot before = CatalogueSnapshot.of(List.of(thai, vietnamese), 1);
        before.foldAll();
        Warning edited = TestWarnings.warning("lua-dao-viec-lam").id("w2")
                .text(Language.vi, "Lừa đảo du lịch", "Chuyến đi miễn phí").build();

        CatalogueSnapshot after = before.with(List.of(edited), 2);

        assertThat(after.bySlug("fake-factory-jobs")).isSameAs(before.bySlug("fake-factory-jobs"));
        assertThat(after.bySlug("lua-dao-viec-lam").isFolded()).isFalse();
        assertThat(search(after, "du lich")).containsExactly("lua-dao-viec-lam");
        assertThat(search(after, "viec lam")).isEmpty();
    }
}
