package org.lurewatch.offercheck.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aho-Corasick over UTF-16 chars: finds every occurrence of every phrase in one pass over the
 * text, however many phrases there are (about a thousand, in seven languages).
 *
 * <p>Transitions live in one open-addressing table keyed by (state, char), so the automaton is a
 * few flat arrays; a state without a transition for a char falls back along its failure link.
 * Immutable after {@link #build}, so one instance serves all threads.
 */
final class PhraseAutomaton {

    /** Receives each occurrence: the phrase's payload and its span in the searched text. */
    @FunctionalInterface
    interface Sink {
        void found(int payload, int start, int end);
    }

    private final long[] keys;
    private final int[] targets;
    private final int mask;
    private final int[] fail;
    private final int[] depth;
    /** The nearest state on the failure chain (this one included) that ends a phrase, or 0. */
    private final int[] report;
    private final int[] nextReport;
    private final int[] outputStart;
    private final int[] outputs;

    private PhraseAutomaton(long[] keys, int[] targets, int[] fail, int[] depth, int[] report, int[] nextReport,
            int[] outputStart, int[] outputs) {
        this.keys = keys;
        this.targets = targets;
        this.mask = keys.length - 1;
        this.fail = fail;
        this.depth = depth;
        this.report = report;
        this.nextReport = nextReport;
        this.outputStart = outputStart;
        this.outputs = outputs;
    }

    /** @param phrases phrase text and its payload (several phrases may share a text) */
    static PhraseAutomaton build(List<Map.Entry<String, Integer>> phrases) {
        // 1. the trie
        Map<Long, Integer> edges = new HashMap<>();
        List<Integer> depths = new ArrayList<>(List.of(0));
        List<List<Integer>> payloads = new ArrayList<>();
        payloads.add(new ArrayList<>());
        for (var phrase : phrases) {
            int state = 0;
            String text = phrase.getKey();
            if (text.isEmpty()) {
                throw new IllegalArgumentException("empty phrase");
            }
            for (int i = 0; i < text.length(); i++) {
                long key = key(state, text.charAt(i));
                Integer next = edges.get(key);
                if (next == null) {
                    next = depths.size();
                    edges.put(key, next);
                    depths.add(depths.get(state) + 1);
                    payloads.add(new ArrayList<>());
                }
                state = next;
            }
            payloads.get(state).add(phrase.getValue());
        }
        int states = depths.size();

        // 2. children per state, to walk the trie breadth first
        List<List<long[]>> children = new ArrayList<>(states);
        for (int s = 0; s < states; s++) {
            children.add(new ArrayList<>());
        }
        edges.forEach((key, target) -> children.get((int) (key >>> 16)).add(new long[] {key & 0xFFFF, target}));

        // 3. open-addressing transition table
        int capacity = Integer.highestOneBit(Math.max(16, edges.size() * 2 + 1)) << 1;
        long[] keys = new long[capacity];
        Arrays.fill(keys, -1L);
        int[] targets = new int[capacity];
        edges.forEach((key, target) -> {
            int slot = slot(key, capacity - 1);
            while (keys[slot] != -1L) {
                slot = (slot + 1) & (capacity - 1);
            }
            keys[slot] = key;
            targets[slot] = target;
        });
        PhraseAutomaton partial = new PhraseAutomaton(keys, targets, new int[states], new int[0], new int[0],
                new int[0], new int[0], new int[0]);

        // 4. failure links and report links, breadth first
        int[] fail = new int[states];
        int[] report = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (long[] child : children.get(0)) {
            queue.add((int) child[1]);
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            report[state] = payloads.get(state).isEmpty() ? report[fail[state]] : state;
            for (long[] child : children.get(state)) {
                char c = (char) child[0];
                int target = (int) child[1];
                int f = fail[state];
                int next;
                while ((next = partial.step(f, c)) < 0 && f != 0) {
                    f = fail[f];
                }
                fail[target] = next >= 0 && next != target ? next : 0;
                queue.add(target);
            }
        }
        int[] nextReport = new int[states];
        for (int s = 1; s < states; s++) {
            nextReport[s] = report[fail[s]];
        }

        // 5. outputs, compressed
        int[] outputStart = new int[states + 1];
        for (int s = 0; s < states; s++) {
            outputStart[s + 1] = outputStart[s] + payloads.get(s).size();
        }
        int[] outputs = new int[outputStart[states]];
        for (int s = 0; s < states; s++) {
            List<Integer> p = payloads.get(s);
            for (int k = 0; k < p.size(); k++) {
                outputs[outputStart[s] + k] = p.get(k);
            }
        }
        int[] depth = depths.stream().mapToInt(Integer::intValue).toArray();
        return new PhraseAutomaton(keys, targets, fail, depth, report, nextReport, outputStart, outputs);
    }

    /** Reports every occurrence of every phrase in {@code text}, in order of their end. */
    void search(String text, Sink sink) {
        char[] chars = text.toCharArray(); // array access beats String.charAt's checks in this loop
        int state = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            int next;
            while ((next = step(state, c)) < 0 && state != 0) {
                state = fail[state];
            }
            state = Math.max(next, 0);
            for (int r = report[state]; r != 0; r = nextReport[r]) {
                for (int k = outputStart[r]; k < outputStart[r + 1]; k++) {
                    sink.found(outputs[k], i + 1 - depth[r], i + 1);
                }
            }
        }
    }

    int stateCount() {
        return fail.length;
    }

    private int step(int state, char c) {
        long key = key(state, c);
        int slot = slot(key, mask);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return targets[slot];
            }
            if (k == -1L) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static long key(int state, char c) {
        return ((long) state << 16) | c;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & mask;
    }
}
