package org.lurewatch.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.lurewatch.common.UserInputException;

class PagingTest {

    private final List<Integer> descending = IntStream.rangeClosed(1, 10).map(i -> 11 - i).boxed().toList();

    private Connection<Integer> page(int first, String after) {
        return Paging.page(descending, first, after, String::valueOf, (item, key) -> item < Integer.parseInt(key));
    }

    @Test
    void walksTheWholeListWithoutGapsOrRepeats() {
        Connection<Integer> first = page(4, null);
        assertThat(first.nodes()).containsExactly(10, 9, 8, 7);
        assertThat(first.pageInfo().hasNextPage()).isTrue();
        Connection<Integer> second = page(4, first.pageInfo().endCursor());
        assertThat(second.nodes()).containsExactly(6, 5, 4, 3);
        Connection<Integer> last = page(4, second.pageInfo().endCursor());
        assertThat(last.nodes()).containsExactly(2, 1);
        assertThat(last.pageInfo().hasNextPage()).isFalse();
        assertThat(last.pageInfo().hasPreviousPage()).isTrue();
    }

    @Test
    void aCursorStillWorksWhenItsItemIsGone() {
        String cursorOfSeven = page(4, null).pageInfo().endCursor();
        List<Integer> withoutSeven = descending.stream().filter(i -> i != 7).toList();
        Connection<Integer> next = Paging.page(withoutSeven, 2, cursorOfSeven, String::valueOf,
                (item, key) -> item < Integer.parseInt(key));
        assertThat(next.nodes()).containsExactly(6, 5);
    }

    @Test
    void firstIsCappedWithAClearError() {
        assertThat(Paging.first(null, 20)).isEqualTo(20);
        assertThat(Paging.first(100, 20)).isEqualTo(100);
        assertThatThrownBy(() -> Paging.first(101, 20)).isInstanceOf(UserInputException.class).hasMessageContaining("100");
        assertThatThrownBy(() -> Paging.first(-1, 20)).isInstanceOf(UserInputException.class);
    }

    @Test
    void foreignCursorsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> Paging.decode("bm90LW91cnM")).isInstanceOf(UserInputException.class)
                .extracting(e -> ((UserInputException) e).field()).isEqualTo("after");
    }
}
