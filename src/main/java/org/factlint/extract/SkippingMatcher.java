package org.factlint.extract;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} for patterns scanned over a whole article, minus the positions where the
 * pattern cannot start. {@code find()} tries every character; most of the extractor's patterns begin
 * with a word boundary and a month, a weekday or a digit, so most tries fail at once, yet they were
 * most of a check's CPU. This class tries {@code lookingAt()} only where the first four characters
 * and the one before them can begin a match, and finds the same matches in the same order.
 *
 * <p>Which starts are possible is learnt per pattern by probing: the character before (or the start
 * of the text), then one character, then two, then four: does the pattern match or need more input
 * ({@link Matcher#hitEnd()})? Where a non-ASCII character is involved the position is always tried.
 * A lookbehind that reaches further back sees less in the probe, so it can only allow more tries.
 * Patterns that can match the empty string or may start with a positive lookbehind are not filtered.
 */
public final class SkippingMatcher {
    private static final Map<Pattern, StartTable> TABLES = new ConcurrentHashMap<>();

    private final Matcher matcher;
    private final String text;
    private final StartTable starts;
    private final int limit;
    /** Offsets (from {@link #base}) of the characters a match can begin with; null: try every position. */
    private final BitSet candidates;
    private final int base;
    private int next;

    public SkippingMatcher(Pattern pattern, String text) {
        this(pattern, text, 0, text.length());
    }

    /**
     * Matches within [from, to) only, seeing the text around it like a matcher with transparent,
     * non-anchoring bounds.
     */
    public SkippingMatcher(Pattern pattern, String text, int from, int to) {
        this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        this.text = text;
        this.starts = TABLES.computeIfAbsent(pattern, StartTable::of);
        this.limit = to;
        this.next = from;
        this.base = from;
        this.candidates = starts.everywhere ? null : starts.candidates(TextIndex.of(text), from, to);
    }

    /** Whether a scan can skip nothing for this pattern (it opens on a lookbehind, or matches the empty string). */
    static boolean triesEveryPosition(Pattern pattern) {
        return StartTable.of(pattern).everywhere;
    }

    /** Every match in order, for a for-each loop: the same {@link Matcher}, holding each match in turn. */
    public static Iterable<Matcher> matches(Pattern pattern, String text) {
        return () -> new java.util.Iterator<>() {
            private final SkippingMatcher scan = new SkippingMatcher(pattern, text);
            private Boolean found;

            @Override
            public boolean hasNext() {
                if (found == null) found = scan.find();
                return found;
            }

            @Override
            public Matcher next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                found = null;
                return scan.matcher();
            }
        };
    }

    /** The underlying matcher, holding the groups of the last match. */
    public Matcher matcher() {
        return matcher;
    }

    /** Like {@link Matcher#find()}: the next match after the previous one. */
    public boolean find() {
        return find(next);
    }

    /** Like {@link Matcher#find(int)}: the first match starting at or after {@code from}. */
    public boolean find(int from) {
        if (candidates == null) {
            for (int at = from; at <= limit; at++) { // at the very end: an empty match
                if (tryAt(at)) return true;
            }
        } else {
            for (int i = candidates.nextSetBit(Math.max(0, from - base)); i >= 0; i = candidates.nextSetBit(i + 1)) {
                int at = base + i;
                if (starts.possible(text, at, limit) && tryAt(at)) return true;
            }
        }
        next = limit + 1;
        return false;
    }

    private boolean tryAt(int at) {
        matcher.region(at, limit);
        if (!matcher.lookingAt()) return false;
        next = matcher.end() > at ? matcher.end() : at + 1;
        return true;
    }

    /**
     * Where each character occurs in a text, built once per text and thread (the extractor scans one
     * text with dozens of patterns, one after the other, on one thread).
     */
    private static final class TextIndex {
        private static final ThreadLocal<TextIndex> LAST = new ThreadLocal<>();
        private static final int OTHER = 128;
        private final String text;
        /** [character, or OTHER for anything outside ASCII] -> its offsets, ascending. */
        private final int[][] offsets = new int[OTHER + 1][];

        private TextIndex(String text) {
            this.text = text;
            int[] counts = new int[OTHER + 1];
            for (int i = 0; i < text.length(); i++) counts[Math.min(text.charAt(i), OTHER)]++;
            for (int c = 0; c <= OTHER; c++) offsets[c] = new int[counts[c]];
            int[] filled = new int[OTHER + 1];
            for (int i = 0; i < text.length(); i++) {
                int c = Math.min(text.charAt(i), OTHER);
                offsets[c][filled[c]++] = i;
            }
        }

        static TextIndex of(String text) {
            TextIndex last = LAST.get();
            if (last == null || last.text != text) {
                last = new TextIndex(text);
                LAST.set(last);
            }
            return last;
        }
    }

    /**
     * Per pattern: for each ASCII character before (index 128: start of text) and at a position, and
     * then for the character after it, can a match start there? Learnt on first sight, so only what
     * real text has is ever probed. Races between threads only repeat a probe: every thread writes the
     * same answer, and an unset entry means "not known yet".
     */
    private static final class StartTable {
        private static final byte UNKNOWN = 0, YES = 1, NO = 2;
        private static final int START_OF_TEXT = 128;
        /**
         * A positive lookbehind the pattern may test before it consumes a character: it may look further
         * back than the probe's one character, so the probe could wrongly say no. One after a consumed
         * character ("\\d+(?<=\\d)") is never reached by a one-character probe.
         */
        private static final Pattern LEADING_LOOKBEHIND = Pattern.compile("^(?:\\(\\?[a-zA-Z]+\\))?\\(\\?<=|[(|]\\(\\?<=");
        private final Pattern pattern;
        private final boolean everywhere;
        /**
         * Can a match start with this character after anything at all? Probed at the start of the text
         * (nothing behind: the most permissive for negative lookbehinds) and after word characters of
         * each kind (boundaries: {@code \\B}, or {@code \\b} before a non-word character). Most
         * positions fail here at once.
         */
        private final byte[] anyBefore = new byte[128];
        private static final int[] ANY_BEFORE = {START_OF_TEXT, 'a', 'Z', '0', '_'};
        private final byte[][] oneChar = new byte[129][128];
        /** [before][first] -> by second character; allocated for the pairs that pass {@link #oneChar}. */
        private final byte[][][] twoChars = new byte[129][128][];
        private static final int FOUR = 4;
        /**
         * Bounds the memory the four-character answers of all patterns take (16 to 32 bytes each, so 32 MB at
         * most; the 2,452 wire stories leave 320,000); past it, new answers are probed every time, not kept,
         * and a probe costs a matcher: at the old bound of 300,000 they were an eighth of the claims' CPU.
         */
        private static final int MAX_DEEP = 1_000_000;
        private static final java.util.concurrent.atomic.AtomicInteger DEEP_KEPT = new java.util.concurrent.atomic.AtomicInteger();
        /** (character before, four characters) packed 7 bits each -> can a match start there. */
        private final PackedAnswers deep = new PackedAnswers();

        private StartTable(Pattern pattern) {
            this.pattern = pattern;
            this.everywhere = pattern.matcher("").lookingAt() || LEADING_LOOKBEHIND.matcher(pattern.pattern()).find();
        }

        static StartTable of(Pattern pattern) {
            return new StartTable(pattern);
        }

        /** The offsets in [from, to) holding a character a match can begin with, relative to {@code from}. */
        BitSet candidates(TextIndex index, int from, int to) {
            BitSet found = new BitSet(to - from);
            for (int c = 0; c <= TextIndex.OTHER; c++) {
                int[] offsets = index.offsets[c];
                if (offsets.length == 0 || c < TextIndex.OTHER && !canBegin((char) c)) continue;
                int i = Arrays.binarySearch(offsets, from);
                for (i = i < 0 ? -i - 1 : i; i < offsets.length && offsets[i] < to; i++) found.set(offsets[i] - from);
            }
            return found;
        }

        private boolean canBegin(char first) {
            byte any = anyBefore[first];
            if (any == UNKNOWN) {
                any = NO;
                for (int before : ANY_BEFORE) {
                    if (canStart(before, String.valueOf(first)) == YES) any = YES;
                }
                anyBefore[first] = any;
            }
            return any == YES;
        }

        boolean possible(String text, int at, int limit) {
            if (everywhere) return true;
            char first = text.charAt(at);
            if (first >= 128) return true;
            int before = START_OF_TEXT;
            if (at > 0) {
                before = text.charAt(at - 1);
                if (before >= 128) return true;
            }
            byte known = oneChar[before][first];
            if (known == UNKNOWN) {
                known = canStart(before, String.valueOf(first));
                oneChar[before][first] = known;
            }
            if (known == NO || at + 1 >= limit) return known == YES;
            char second = text.charAt(at + 1);
            if (second >= 128) return true;
            byte[] bySecond = twoChars[before][first];
            if (bySecond == null) {
                bySecond = new byte[128];
                twoChars[before][first] = bySecond;
            }
            known = bySecond[second];
            if (known == UNKNOWN) {
                known = canStart(before, new String(new char[] {first, second}));
                bySecond[second] = known;
            }
            if (known == NO || at + FOUR > limit) return known == YES;
            return fourChars(text, at, before);
        }

        /**
         * The same question for the first four characters, asked only of pairs that pass: a try costs
         * a matcher reset, hundreds of nanoseconds, and "a couple" or "www." need more than two
         * characters to tell from "a man" or "went".
         */
        private boolean fourChars(String text, int at, int before) {
            long key = before;
            for (int i = 0; i < FOUR; i++) {
                char c = text.charAt(at + i);
                if (c >= 128) return true;
                key = key << 7 | c;
            }
            byte known = deep.get(key);
            if (known == UNKNOWN) {
                known = canStart(before, text.substring(at, at + FOUR));
                if (DEEP_KEPT.get() < MAX_DEEP && deep.put(key, known == YES)) DEEP_KEPT.incrementAndGet();
            }
            return known == YES;
        }

        private byte canStart(int before, String start) {
            String probe = before == START_OF_TEXT ? start : (char) before + start;
            Matcher m = pattern.matcher(probe).useTransparentBounds(true).useAnchoringBounds(false)
                    .region(probe.length() - start.length(), probe.length());
            return m.lookingAt() || m.hitEnd() ? YES : NO;
        }
    }

    /**
     * Yes/no answers keyed by a number below 2^36, in one array of longs (open addressing): a map of
     * boxed keys cost a fifth of a check's CPU in lookups, most of it cache misses over its nodes.
     * Reads take no lock; writes take the table's lock and grow it by copying, then publish the copy.
     */
    static final class PackedAnswers {
        private static final long PRESENT = 1L << 62;
        private static final long YES = 1L << 61;
        private static final long KEY = (1L << 40) - 1;
        private volatile AtomicLongArray slots = new AtomicLongArray(64);
        private int size;

        /** {@link StartTable}'s YES or NO, or UNKNOWN when the key was never put. */
        byte get(long key) {
            AtomicLongArray table = slots;
            int mask = table.length() - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                long entry = table.get(i);
                if (entry == 0) return StartTable.UNKNOWN;
                if ((entry & KEY) == key) return (entry & YES) != 0 ? StartTable.YES : StartTable.NO;
            }
        }

        /** Keeps the answer; false when the key was there already. */
        synchronized boolean put(long key, boolean yes) {
            if (get(key) != StartTable.UNKNOWN) return false;
            if ((size + 1) * 2 > slots.length()) {
                AtomicLongArray bigger = new AtomicLongArray(slots.length() * 2);
                for (int i = 0; i < slots.length(); i++) {
                    if (slots.get(i) != 0) insert(bigger, slots.get(i));
                }
                slots = bigger;
            }
            insert(slots, key | PRESENT | (yes ? YES : 0));
            size++;
            return true;
        }

        private static void insert(AtomicLongArray table, long entry) {
            int mask = table.length() - 1;
            int i = slot(entry & KEY, mask);
            while (table.get(i) != 0) i = (i + 1) & mask;
            table.set(i, entry);
        }

        private static int slot(long key, int mask) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
        }
    }
}
