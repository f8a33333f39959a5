package org.lurewatch.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import org.lurewatch.common.UserInputException;

/**
 * Relay {@link Connection}s: a page cut by the database ({@link #window}, a keyset query from the
 * key in the cursor), or a slice of an ordered list held in memory ({@link #page}). A cursor is the
 * opaque, versioned encoding of an item's sort key: it survives items being added before it, and
 * reveals no internal type.
 */
public final class Paging {

    /** The most items one page can hold, for every list of the API. */
    public static final int MAX_FIRST = 100;

    private static final String PREFIX = "c1:";

    private Paging() {
    }

    /** Checks {@code first}: null means the default, anything outside 0..MAX_FIRST is refused. */
    public static int first(Integer first, int defaultSize) {
        if (first == null) {
            return defaultSize;
        }
        if (first < 0 || first > MAX_FIRST) {
            throw new UserInputException("first", "first must be between 0 and " + MAX_FIRST + " (was " + first + ")");
        }
        return first;
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key inside a cursor, or a clear error naming {@code after}. */
    public static String decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(PREFIX)) {
                return raw.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // fall through to the same error as a well-formed but foreign cursor
        }
        throw new UserInputException("after", "after is not a cursor this API handed out; use pageInfo.endCursor");
    }

    /**
     * One page of {@code ordered}, starting after the item whose key is in {@code after}.
     *
     * @param keyOf the sort key of an item, unique within the list
     * @param isAfter whether an item sorts after the given key (the list's own order)
     */
    public static <T> Connection<T> page(List<T> ordered, int first, String after,
            Function<T, String> keyOf, java.util.function.BiPredicate<T, String> isAfter) {
        int start = 0;
        if (after != null && !after.isEmpty()) {
            String key = decode(after);
            start = firstIndexAfter(ordered, key, isAfter);
        }
        int end = Math.min(ordered.size(), start + first);
        List<Connection.Edge<T>> edges = new ArrayList<>(end - start);
        for (T item : ordered.subList(start, end)) {
            edges.add(new Connection.Edge<>(item, encode(keyOf.apply(item))));
        }
        var info = new Connection.PageInfo(end < ordered.size(), start > 0,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(edges, info, ordered.size());
    }

    /**
     * A page the database cut already (a keyset query from the item in {@code after}, see
     * {@link #decode}): only the cursors and page info are made here.
     *
     * @param items    the page, in the list's order
     * @param hasMore  whether items follow the last one
     * @param after    the cursor the page was read after (null or empty for the first page)
     * @param total    how many items the whole list holds
     * @param keyOf    the sort key of an item, unique within the list
     */
    public static <T> Connection<T> window(List<T> items, boolean hasMore, String after, long total,
            Function<T, String> keyOf) {
        List<Connection.Edge<T>> edges = new ArrayList<>(items.size());
        for (T item : items) {
            edges.add(new Connection.Edge<>(item, encode(keyOf.apply(item))));
        }
        var info = new Connection.PageInfo(hasMore, after != null && !after.isEmpty(),
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(edges, info, (int) Math.min(Integer.MAX_VALUE, total));
    }

    private static <T> int firstIndexAfter(List<T> ordered, String key, java.util.function.BiPredicate<T, String> isAfter) {
        int lo = 0;
        int hi = ordered.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (isAfter.test(ordered.get(mid), key)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
