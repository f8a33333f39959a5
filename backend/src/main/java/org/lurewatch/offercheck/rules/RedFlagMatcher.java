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
 * <p>The phrases of all rules and the words of all concepts go into one {@link PhraseAutomaton}
 * per script, and a text is searched by those of the scripts it holds (ads mix languages: Thai
 * with English job titles, Chinese with "KK园区"). Matching is on the {@link NormalisedText}:
 * case-insensitive substring; a phrase that begins or ends with a Latin letter or digit (English,
 * Vietnamese, brand and place names) must also begin or end on a word boundary, so "fee" never
 * fires inside "coffee". Regex patterns run on the normalised text as well.
 *
 * <p>A rule's {@link Rule.Together} groups fire when a word of each concept occurs within a
 * window of words, in any order; words are ICU's ({@link WordBreaks}), which splits Thai, Lao,
 * Khmer, Burmese and Chinese, written without spaces, by dictionary.
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

    /**
     * A word of a concept. Its edges must be word edges: Latin edges as for phrases; an edge in a
     * script without spaces must be an ICU word break, both edges for a word of one or two chars
     * (Chinese "扣" must not fire inside another word), one for longer words (the dictionaries
     * disagree on compounds: Khmer "លិខិតឆ្លងដែន" is one word, Lao "ໜັງສືຜ່ານແດນ" three).
     */
    private record Term(int concept, boolean boundedStart, boolean boundedEnd, boolean shortWord) {
    }

    /** A "together" group of a rule: concepts (by number) that must occur within a window of words. */
    private record Group(int rule, int[] concepts, int window, int[] without, int[] notBefore) {
    }

    /** How many words either side of a firing a "without" concept cancels it. */
    private static final int WITHOUT_REACH = 3;

    /** Firings of one group recorded at most: the reader needs to see the words, not every pair. */
    private static final int MAX_FIRINGS_PER_GROUP = 4;

    private final List<Rule> rules;
    private final Phrase[] phrases;
    private final Term[] terms;
    private final Group[] groups;
    private final int conceptCount;
    /** Phrases and words without letters of a regional script (English, Vietnamese, brand names). */
    private final PhraseAutomaton latin;
    /**
     * Those with letters of Thai, Lao, Khmer, Burmese, Han, …, one automaton per script: a text is
     * searched only by the automata of the scripts it holds, each small enough to stay in the
     * processor's cache (one automaton of all seven languages' phrases and words did not).
     */
    private final Map<Character.UnicodeScript, PhraseAutomaton> byScript;
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
        // concepts get numbers in the order the rules use them; their words follow the phrases
        Map<String, Integer> conceptNumbers = new HashMap<>();
        List<Group> groupList = new ArrayList<>();
        List<Term> termList = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            for (Rule.Together together : rules.get(r).together()) {
                int[] numbers = numbers(together.concepts(), ruleSet, conceptNumbers, termList, texts, entries.size());
                int[] without = numbers(together.without(), ruleSet, conceptNumbers, termList, texts, entries.size());
                int[] notBefore = numbers(together.notBefore(), ruleSet, conceptNumbers, termList, texts,
                        entries.size());
                groupList.add(new Group(r, numbers, together.window(), without, notBefore));
            }
        }
        this.terms = termList.toArray(Term[]::new);
        this.groups = groupList.toArray(Group[]::new);
        this.conceptCount = conceptNumbers.size();
        List<Map.Entry<String, Integer>> latinTexts = new ArrayList<>();
        Map<Character.UnicodeScript, List<Map.Entry<String, Integer>>> scriptTexts =
                new java.util.EnumMap<>(Character.UnicodeScript.class);
        for (Map.Entry<String, Integer> entry : texts) {
            Character.UnicodeScript script = regionalScriptOf(entry.getKey());
            if (script == null) {
                latinTexts.add(entry);
            } else {
                scriptTexts.computeIfAbsent(script, k -> new ArrayList<>()).add(entry);
            }
        }
        this.latin = PhraseAutomaton.build(latinTexts);
        Map<Character.UnicodeScript, PhraseAutomaton> automata = new java.util.EnumMap<>(Character.UnicodeScript.class);
        scriptTexts.forEach((script, list) -> automata.put(script, PhraseAutomaton.build(list)));
        this.byScript = automata;
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

    /** The numbers of the named concepts; a concept seen first gets a number and its words. */
    private static int[] numbers(List<String> names, RuleSet ruleSet, Map<String, Integer> conceptNumbers,
            List<Term> termList, List<Map.Entry<String, Integer>> texts, int phraseCount) {
        int[] numbers = new int[names.size()];
        for (int k = 0; k < numbers.length; k++) {
            String name = names.get(k);
            Integer number = conceptNumbers.get(name);
            if (number == null) {
                number = conceptNumbers.size();
                conceptNumbers.put(name, number);
                Set<String> words = new java.util.HashSet<>();
                for (List<String> list : ruleSet.concepts().get(name).terms().values()) {
                    for (String word : list) {
                        String text = NormalisedText.of(word).text().strip();
                        if (!text.isEmpty() && words.add(text)) {
                            termList.add(new Term(number, isSpacedWordChar(text.codePointAt(0)),
                                    isSpacedWordChar(text.codePointBefore(text.length())),
                                    text.codePointCount(0, text.length()) <= 2));
                            texts.add(Map.entry(text, phraseCount + termList.size() - 1));
                        }
                    }
                }
            }
            numbers[k] = number;
        }
        return numbers;
    }

    /** The rules that fire on {@code text}, in rule-data order, each with its triggers. */
    public List<FiredRule> match(String text) {
        NormalisedText normalised = NormalisedText.of(text);
        String norm = normalised.text();
        Hits hits = new Hits(rules.size());
        ConceptHits concepts = new ConceptHits(conceptCount);
        Set<Character.UnicodeScript> scripts = regionalScriptsIn(norm);
        PhraseAutomaton.Sink sink = (payload, start, end) -> {
            if (payload >= phrases.length) {
                Term term = terms[payload - phrases.length];
                if (term.boundedStart() && !isBoundaryBefore(norm, start)
                        || term.boundedEnd() && !isBoundaryAfter(norm, end)) {
                    return;
                }
                concepts.add(term, start, end);
                return;
            }
            Phrase phrase = phrases[payload];
            if (phrase.boundedStart() && !isBoundaryBefore(norm, start)
                    || phrase.boundedEnd() && !isBoundaryAfter(norm, end)) {
                return;
            }
            hits.add(phrase.rule(), phrase.cancels(), start, end);
        };
        latin.search(norm, sink);
        for (Character.UnicodeScript script : scripts) {
            PhraseAutomaton automaton = byScript.get(script);
            if (automaton != null) {
                automaton.search(norm, sink);
            }
        }
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
        if (concepts.any) {
            matchGroups(norm, concepts, hits);
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

    /**
     * Fires the groups whose concepts all occur within their window. The text is split into words
     * only when some group has a word of each of its concepts, and then once for all groups.
     */
    private void matchGroups(String norm, ConceptHits concepts, Hits hits) {
        WordBreaks words = null;
        for (Group group : groups) {
            if (!concepts.allPresent(group.concepts())) {
                continue;
            }
            if (words == null) {
                words = WordBreaks.of(norm);
                concepts.keepWholeWords(words);
            }
            if (!concepts.allPresent(group.concepts())) {
                continue;
            }
            matchGroup(group, concepts, words, hits);
        }
    }

    /** Sweeps the concepts' words in text order, remembering the last of each concept. */
    private static void matchGroup(Group group, ConceptHits concepts, WordBreaks words, Hits hits) {
        int k = group.concepts().length;
        List<int[]> occurrences = new ArrayList<>();
        for (int slot = 0; slot < k; slot++) {
            for (int[] span : concepts.spans[group.concepts()[slot]]) {
                if (!hits.isCancelled(group.rule(), span)) {
                    occurrences.add(new int[] {span[0], span[1], slot});
                }
            }
        }
        occurrences.sort(Comparator.comparingInt(o -> o[0]));
        int[][] last = new int[k][];
        int seen = 0;
        int firings = 0;
        for (int[] o : occurrences) {
            if (last[o[2]] == null) {
                seen++;
            }
            last[o[2]] = o;
            if (seen < k) {
                continue;
            }
            int first = Integer.MAX_VALUE;
            int lastWord = 0;
            for (int[] l : last) {
                first = Math.min(first, words.wordAt(l[0]));
                lastWord = Math.max(lastWord, words.wordAt(l[1] - 1));
            }
            if (lastWord - first + 1 <= group.window()
                    && !concepts.anyNear(group.without(), words, first - WITHOUT_REACH, lastWord + WITHOUT_REACH)
                    && !concepts.anyNear(group.notBefore(), words, first - WITHOUT_REACH, lastWord)) {
                for (int[] l : last) {
                    hits.add(group.rule(), false, l[0], l[1]);
                }
                if (++firings == MAX_FIRINGS_PER_GROUP) {
                    return;
                }
            }
        }
    }

    /** The words of each concept found in the text during one match. */
    private static final class ConceptHits {

        private final List<int[]>[] spans;
        private final List<Term>[] termOf;
        private boolean any;
        private boolean filtered;

        @SuppressWarnings("unchecked")
        ConceptHits(int concepts) {
            spans = new List[concepts];
            termOf = new List[concepts];
        }

        void add(Term term, int start, int end) {
            int c = term.concept();
            if (spans[c] == null) {
                spans[c] = new ArrayList<>(2);
                termOf[c] = new ArrayList<>(2);
            }
            spans[c].add(new int[] {start, end});
            termOf[c].add(term);
            any = true;
        }

        /** True when a word of one of the concepts lies within words {@code from..to}. */
        boolean anyNear(int[] concepts, WordBreaks words, int from, int to) {
            for (int c : concepts) {
                if (spans[c] == null) {
                    continue;
                }
                for (int[] span : spans[c]) {
                    int word = words.wordAt(span[0]);
                    if (word >= from && word <= to) {
                        return true;
                    }
                }
            }
            return false;
        }

        boolean allPresent(int[] concepts) {
            for (int c : concepts) {
                if (spans[c] == null || spans[c].isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        /** Drops the words found inside other words (see {@link Term}); once per match. */
        void keepWholeWords(WordBreaks words) {
            if (filtered) {
                return;
            }
            filtered = true;
            for (int c = 0; c < spans.length; c++) {
                if (spans[c] == null) {
                    continue;
                }
                List<int[]> kept = new ArrayList<>(spans[c].size());
                for (int i = 0; i < spans[c].size(); i++) {
                    int[] span = spans[c].get(i);
                    Term term = termOf[c].get(i);
                    boolean startOk = term.boundedStart() || words.isBoundary(span[0]);
                    boolean endOk = term.boundedEnd() || words.isBoundary(span[1]);
                    if (term.shortWord() ? startOk && endOk : startOk || endOk) {
                        kept.add(span);
                    }
                }
                spans[c] = kept;
            }
        }
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

        boolean isCancelled(int rule, int[] span) {
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

    /** The first regional script a phrase has letters of, or null for Latin, digits and signs only. */
    private static Character.UnicodeScript regionalScriptOf(String phrase) {
        for (int i = 0; i < phrase.length(); ) {
            int cp = phrase.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (isRegionalScript(script)) {
                return script;
            }
            i += Character.charCount(cp);
        }
        return null;
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
