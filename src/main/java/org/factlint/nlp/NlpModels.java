package org.factlint.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models (Maven Central opennlp-models-*-en 1.3.0), read from the classpath once
 * per process. Models are thread-safe; the *ME classes that use them are not (see {@link NlpPipeline}).
 * Never use OpenNLP's constructors that take a language code: they download.
 */
public final class NlpModels {
    private static final String PREFIX = "/opennlp-en-ud-ewt-";
    private static final String SUFFIX = "-1.3-2.5.4.bin";

    private static volatile NlpModels shared;

    final SentenceModel sentences;
    final TokenizerModel tokens;
    final POSModel pos;
    private volatile LemmatizerModel lemmas;

    private NlpModels() {
        try {
            sentences = new SentenceModel(open("sentence"));
            tokens = alphanumericWordsWhole(new TokenizerModel(open("tokens")));
            pos = greedy(new POSModel(open("pos")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP models", e);
        }
    }

    /**
     * The same tagger model decoded with a beam of one instead of OpenNLP's default three: on 96,000
     * tokens of wire stories both gave identical tags, and tagging takes half the time (it was a
     * quarter of a check's CPU).
     */
    private static POSModel greedy(POSModel model) {
        MaxentModel maxent = model.getArtifact("pos.model");
        return new POSModel(model.getLanguage(), maxent, 1, new HashMap<>(), model.getFactory());
    }

    /**
     * The same tokenizer model, told not to look for splits inside words of letters and digits only
     * (OpenNLP's alphanumeric optimization, off in this model): on 96,000 tokens of wire stories one
     * sentence in 3,449 came out differently (a typo, "Sueif"), and tokenizing took a fifth of the time.
     */
    private static TokenizerModel alphanumericWordsWhole(TokenizerModel model) {
        TokenizerFactory factory = model.getFactory();
        TokenizerFactory whole = new TokenizerFactory(model.getLanguage(), factory.getAbbreviationDictionary(), true,
                factory.getAlphaNumericPattern());
        return new TokenizerModel(model.getMaxentModel(), new HashMap<>(), whole);
    }

    public static NlpModels shared() {
        NlpModels models = shared;
        if (models == null) {
            synchronized (NlpModels.class) {
                if (shared == null) shared = new NlpModels();
                models = shared;
            }
        }
        return models;
    }

    /** The lemmatizer model is loaded on first use only. */
    LemmatizerModel lemmas() {
        LemmatizerModel model = lemmas;
        if (model == null) {
            synchronized (this) {
                if (lemmas == null) {
                    try {
                        lemmas = new LemmatizerModel(open("lemmas"));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load the OpenNLP lemmatizer model", e);
                    }
                }
                model = lemmas;
            }
        }
        return model;
    }

    private static InputStream open(String kind) throws IOException {
        String name = PREFIX + kind + SUFFIX;
        InputStream in = NlpModels.class.getResourceAsStream(name);
        if (in == null) throw new IOException("model " + name + " is not on the classpath");
        return in;
    }
}
