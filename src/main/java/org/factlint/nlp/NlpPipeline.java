package org.factlint.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens and POS tags for a plain text. Not thread-safe (OpenNLP's *ME classes keep
 * state): use one pipeline per thread; they share the models.
 */
public final class NlpPipeline {
    /** Abbreviations after which the sentence detector wrongly splits before a number or lowercase word. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
            "mr.", "mrs.", "ms.", "dr.", "st.", "no.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "prof.",
            "approx.", "est.", "vs.", "u.s.", "u.k.", "p.", "pp.", "c.", "ca.");

    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final NlpModels models;
    private LemmatizerME lemmatizer;
    private static final int MAX_CACHED_LEMMAS = 10_000;
    private final Map<String, String> lemmas = new HashMap<>();

    public NlpPipeline(NlpModels models) {
        this.models = models;
        this.sentenceDetector = new SentenceDetectorME(models.sentences);
        this.tokenizer = new TokenizerME(models.tokens);
        this.tagger = new POSTaggerME(models.pos);
    }

    public AnalyzedText analyze(String text) {
        List<Sentence> sentences = new ArrayList<>();
        for (Span span : mergeAbbreviationSplits(text, blockSpans(text))) {
            sentences.add(new Sentence(sentences.size(), span.getStart(), span.getEnd(), text, this));
        }
        return new AnalyzedText(text, List.copyOf(sentences), this);
    }

    /** Tokens and POS tags of one sentence, offsets shifted by {@code offset}. */
    List<Token> tokenize(String sentenceText, int offset) {
        Span[] tokenSpans = tokenizer.tokenizePos(sentenceText);
        String[] words = Span.spansToStrings(tokenSpans, sentenceText);
        String[] tags = tagger.tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(offset + tokenSpans[i].getStart(), offset + tokenSpans[i].getEnd(), words[i], tags[i]));
        }
        return List.copyOf(tokens);
    }

    /** The lemmatizer takes about 0.3 ms a word, and news repeats its nouns ("people", "troops"): keep its answers. */
    String lemma(Token token) {
        String key = token.text() + '\t' + token.pos();
        String cached = lemmas.get(key);
        if (cached != null) return cached;
        if (lemmatizer == null) lemmatizer = new LemmatizerME(models.lemmas());
        String lemma = lemmatizer.lemmatize(new String[] {token.text()}, new String[] {token.pos()})[0];
        String result = lemma == null || lemma.equals("O") ? token.text().toLowerCase(Locale.ROOT) : lemma;
        if (lemmas.size() >= MAX_CACHED_LEMMAS) lemmas.clear();
        lemmas.put(key, result);
        return result;
    }

    /**
     * Sentences never cross a blank line (paragraphs, headings, list items). Detecting per block
     * also bounds the detector's work on huge inputs.
     */
    private List<Span> blockSpans(String text) {
        List<Span> result = new ArrayList<>();
        int blockStart = 0;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            boolean blockEnd = i == length || (text.charAt(i) == '\n' && isBlankLineAfter(text, i));
            if (!blockEnd) continue;
            for (int pieceStart = blockStart; pieceStart < i; ) {
                int pieceEnd = pieceEnd(text, pieceStart, i);
                for (Span s : sentenceDetector.sentPosDetect(text.substring(pieceStart, pieceEnd))) {
                    result.add(new Span(pieceStart + s.getStart(), pieceStart + s.getEnd()));
                }
                pieceStart = pieceEnd;
            }
            blockStart = i + 1;
        }
        return result;
    }

    /** The detector is quadratic on long runs without spaces ("1.2-1.2-..."): feed it bounded pieces. */
    private static final int MAX_PIECE = 20_000;

    private static int pieceEnd(String text, int start, int blockEnd) {
        if (blockEnd - start <= MAX_PIECE) return blockEnd;
        int limit = start + MAX_PIECE;
        for (int j = limit; j > start + MAX_PIECE / 2; j--) {
            if (Character.isWhitespace(text.charAt(j))) return j + 1;
        }
        return limit;
    }

    private static boolean isBlankLineAfter(String text, int newline) {
        for (int j = newline + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') return true;
            if (c != ' ' && c != '\t' && c != '\r') return false;
        }
        return true;
    }

    private static List<Span> mergeAbbreviationSplits(String text, List<Span> spans) {
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            if (!merged.isEmpty() && endsWithAbbreviation(text, merged.get(merged.size() - 1))
                    && continuesSentence(text.charAt(span.getStart()))
                    && sameBlock(text, merged.get(merged.size() - 1).getEnd(), span.getStart())) {
                Span previous = merged.remove(merged.size() - 1);
                merged.add(new Span(previous.getStart(), span.getEnd()));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    private static boolean endsWithAbbreviation(String text, Span span) {
        int end = span.getEnd();
        int start = end;
        while (start > span.getStart() && !Character.isWhitespace(text.charAt(start - 1))) start--;
        return ABBREVIATIONS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    private static boolean continuesSentence(char first) {
        return Character.isDigit(first) || Character.isLowerCase(first);
    }

    private static boolean sameBlock(String text, int from, int to) {
        return text.substring(from, to).chars().filter(c -> c == '\n').count() < 2;
    }
}
