package org.lurewatch.offercheck.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lurewatch.common.Language;
import org.lurewatch.offercheck.Trigger;

/**
 * Finds which rules fire on a text, and on which words.
 *
 * <p>All phrases of all rules in all languages go into one {@link PhraseAutomaton}, so the text is
 * read once whatever its language (ads mix languages: Thai with English job titles, Chinese with
 * "KK园区"). Matching is on the {@link NormalisedText}: case-insensitive substring. Thai, Lao,
 * Khmer, Burmese and Chinese have no spaces between words, so a substring is the right unit
 * there; a phrase that begins or ends with a Latin letter or digit (English, Vietnamese, brand
 * and place names) must also begin or end on a word boundary, so "fee" never fires inside
 * "coffee". Regex patterns run on the normalised text as well.
 *
 * <p>Immutable and thread-safe; build once per rule set.
 */
public final class RedFlagMatcher {

    @FunctionalInterface
    private interface MatchSink {
        void match(int start, int end);
    }

    /** What a phrase in the automaton stands for. */
    private record Phrase(int rule, boolean cancels, boolean boundedStart, boolean boundedEnd) {
    }

    private final List<Rule> rules;
    private final Phrase[] phrases;
    private final PhraseAutomaton automaton;
    private final List<GatedPattern>[] patterns;

    /**
     * A pattern with what a text must hold for it to match: the scripts its letters are written in
     * (other than Latin) and its {@link RequiredLiterals}. Regexes are by far the slowest part of a
     * match, so a pattern that cannot match is not run.
     */
    private record GatedPattern(Pattern pattern, Set<Character.UnicodeScript> scripts, List<List<String>> required,
            List<String> leading) {

        static GatedPattern of(Pattern pattern) {
            Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
            pattern.pattern().codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of)
                    .filter(RedFlagMatcher::isRegionalScript).forEach(scripts::add);
            List<List<String>> required = RequiredLiterals.of(pattern.pattern());
            return new GatedPattern(pattern, scripts, required == null ? List.of() : required,
                    RequiredLiterals.leading(pattern.pattern()));
        }

        /**
         * Calls {@code found} for each match, left to right, as {@link Matcher#find()} would. When
         * every match starts with a known word, the regex is only tried where that word occurs.
         */
        void forEachMatch(String text, MatchSink found) {
            Matcher m = pattern.matcher(text);
            if (leading == null) {
                while (m.find()) {
                    found.match(m.start(), m.end());
                }
                return;
            }
            m.useTransparentBounds(true).useAnchoringBounds(false);
            int[] starts = occurrences(text, leading);
            int lastEnd = 0;
            for (int start : starts) {
                if (start >= lastEnd && m.region(start, text.length()).lookingAt()) {
                    found.match(m.start(), m.end());
                    lastEnd = Math.max(m.end(), start + 1);
                }
            }
        }

        private static int[] occurrences(String text, List<String> words) {
            int[] starts = new int[8];
            int count = 0;
            for (String word : words) {
                for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = at;
                }
            }
            int[] sorted = Arrays.copyOf(starts, count);
            Arrays.sort(sorted);
            return sorted;
        }

        /** False when the text surely holds no match: a script or a required word is missing. */
        boolean canMatch(String text, Set<Character.UnicodeScript> textScripts) {
            if (!scripts.isEmpty() && scripts.stream().noneMatch(textScripts::contains)) {
                return false;
            }
            for (List<String> alternatives : required) {
                if (alternatives.stream().noneMatch(text::contains)) {
                    return false;
                }
            }
            return true;
        }
    }

    @SuppressWarnings("unchecked")
    public RedFlagMatcher(RuleSet ruleSet) {
        this.rules = ruleSet.rules();
        List<Phrase> entries = new ArrayList<>();
        List<Map.Entry<String, Integer>> texts = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        this.patterns = new List[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            addAll(rule.phrases(), r, false, entries, texts, seen);
            addAll(rule.unless(), r, true, entries, texts, seen);
            patterns[r] = rule.patterns().stream().map(GatedPattern::of).toList();
        }
        this.phrases = entries.toArray(Phrase[]::new);
        this.automaton = PhraseAutomaton.build(texts);
    }

    private static void addAll(Map<Language, List<String>> byLanguage, int rule, boolean cancels, List<Phrase> entries,
            List<Map.Entry<String, Integer>> texts, Map<String, Integer> seen) {
        for (List<String> list : byLanguage.values()) {
            for (String phrase : list) {
                String text = NormalisedText.of(phrase).text().strip();
                // the same words listed under two languages ("casino") need one entry
                if (text.isEmpty() || seen.putIfAbsent(rule + (cancels ? "!" : ":") + text, entries.size()) != null) {
                    continue;
                }
                entries.add(new Phrase(rule, cancels, isSpacedWordChar(text.codePointAt(0)),
                        isSpacedWordChar(text.codePointBefore(text.length()))));
                texts.add(Map.entry(text, entries.size() - 1));
            }
        }
    }

    /** The rules that fire on {@code text}, in rule-data order, each with its triggers. */
    public List<FiredRule> match(String text) {
        NormalisedText normalised = NormalisedText.of(text);
        String norm = normalised.text();
        Hits hits = new Hits(rules.size());
        automaton.search(norm, (payload, start, end) -> {
            Phrase phrase = phrases[payload];
            if (phrase.boundedStart() && !isBoundaryBefore(norm, start)
                    || phrase.boundedEnd() && !isBoundaryAfter(norm, end)) {
                return;
            }
            hits.add(phrase.rule(), phrase.cancels(), start, end);
        });
        Set<Character.UnicodeScript> scripts = regionalScriptsIn(norm);
        for (int r = 0; r < patterns.length; r++) {
            for (GatedPattern pattern : patterns[r]) {
                if (!pattern.canMatch(norm, scripts)) {
                    continue;
                }
                int rule = r;
                pattern.forEachMatch(norm, (start, end) -> {
                    if (end > start) {
                        hits.add(rule, false, start, end);
                    }
                });
            }
        }
        List<FiredRule> fired = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            List<Trigger> triggers = hits.triggers(r, normalised);
            if (!triggers.isEmpty()) {
                fired.add(new FiredRule(rules.get(r), triggers));
            }
        }
        return fired;
    }

    /** Spans found per rule during one match; allocated lazily since most rules find nothing. */
    private static final class Hits {

        private final List<int[]>[] found;
        private final List<int[]>[] cancelled;

        @SuppressWarnings("unchecked")
        Hits(int rules) {
            found = new List[rules];
            cancelled = new List[rules];
        }

        void add(int rule, boolean cancels, int start, int end) {
            List<int[]>[] lists = cancels ? cancelled : found;
            if (lists[rule] == null) {
                lists[rule] = new ArrayList<>(2);
            }
            lists[rule].add(new int[] {start, end});
        }

        /** Triggers not inside a cancelling phrase, overlaps merged into the longest, in text order. */
        List<Trigger> triggers(int rule, NormalisedText text) {
            List<int[]> spans = found[rule];
            if (spans == null) {
                return List.of();
            }
            spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparing(s -> -s[1]));
            List<Trigger> triggers = new ArrayList<>(spans.size());
            int lastEnd = -1;
            for (int[] span : spans) {
                if (span[0] < lastEnd || isCancelled(rule, span)) {
                    continue;
                }
                int start = text.originalStart(span[0]);
                int end = text.originalEnd(span[1]);
                triggers.add(new Trigger(text.original().substring(start, end), start, end));
                lastEnd = span[1];
            }
            return triggers;
        }

        private boolean isCancelled(int rule, int[] span) {
            if (cancelled[rule] == null) {
                return false;
            }
            for (int[] c : cancelled[rule]) {
                if (c[0] <= span[0] && span[1] <= c[1]) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The non-Latin scripts that occur in the text; ASCII is skipped without a lookup. */
    private static Set<Character.UnicodeScript> regionalScriptsIn(String text) {
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        Character.UnicodeScript last = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x0370 || Character.isSurrogate(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script != last && isRegionalScript(script)) {
                scripts.add(script);
                last = script;
            }
        }
        return scripts;
    }

    private static boolean isRegionalScript(Character.UnicodeScript script) {
        return script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                && script != Character.UnicodeScript.INHERITED;
    }

    private static boolean isBoundaryBefore(String text, int start) {
        return start == 0 || !isSpacedWordChar(text.codePointBefore(start));
    }

    private static boolean isBoundaryAfter(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        int next = text.codePointAt(end);
        int type = Character.getType(next);
        // a combining mark after the phrase belongs to its last letter
        return !isSpacedWordChar(next) && type != Character.NON_SPACING_MARK
                && type != Character.COMBINING_SPACING_MARK;
    }

    /**
     * A letter or digit of a script that separates words with spaces. Thai, Lao, Khmer, Burmese
     * and Han letters are not: a Latin word glued to Thai text ("ที่KK Park") still has edges.
     */
    static boolean isSpacedWordChar(int cp) {
        if (!Character.isLetterOrDigit(cp)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC
                || script == Character.UnicodeScript.COMMON && Character.isDigit(cp);
    }
}
