package org.factlint.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.nlp.AnalyzedText;

/**
 * Finds figures and what they count: money, percentages, quantities with units, ages and bare
 * numbers, with their hedges and the precision they are written to.
 *
 * <p>One scan finds every figure (digits with an optional scale, or number words); what is written
 * around it decides the claim. Every pattern is bounded (digit runs, look-back windows), so the scan
 * stays linear on any input.
 */
final class NumericExtractor {
    /** "40 000", "1 234 567.89" (thin or plain spaces between groups); not "50 787's" nor "12 345 6". */
    private static final String SPACED_THOUSANDS = "\\d{1,3}(?:[ \\u00a0\\u2009\\u202f]\\d{3}){1,4}(?:\\.\\d{1,12})?"
            + "(?![\\d'’/\\w]|[.,]\\d|[ \\u00a0\\u2009\\u202f]\\d)";
    private static final String DIGITS = Figure.CONTINENTAL + "|\\d{1,3}(?:,\\d{3}){1,6}(?:\\.\\d{1,12})?|\\d{1,2}(?:,\\d{2}){1,4},\\d{3}(?:\\.\\d{1,12})?"
            + "|" + SPACED_THOUSANDS + "|\\d{1,15}(?:\\.\\d{1,12})?(?:[eE][+-]?\\d{1,3}(?![\\w.]))?|\\.\\d{1,12}";
    private static final String SCALE_WORD = "hundred|thousand|million|billion|trillion|lakhs?|lacs?|crores?|dozens?|dozs?|dzs?|bn|mn|tn|bln"
            + "|mln|tln|trn|mil";
    /** A figure: digits (not inside a word, a code or another number) with a scale, or number words (not inside a word: "often"). */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\d_.,:/'’])(?<![A-Za-z]-)(?:(?<fraction>" + Fractions.PATTERN + ")|(?<digits>" + DIGITS + ")(?!\\d)"
            + "(?:(?:[\\s\\u00a0]{1,2}|\\s?-)?(?<scale>(?i:" + SCALE_WORD + "))(?![\\w])|(?<abbr>[kKMbB](?![\\w])|[ \\u00a0]k(?![\\w'’-])))?"
            + "|(?<![\\p{L}\\p{M}])(?<words>" + NumberWords.PHRASE + "))");
    private static final Pattern SCALED_TAIL = Pattern.compile("[ \\u00a0]+(?<and>and[ \\u00a0]+)?(?:(?<digits>\\d{1,3})(?![\\d,.])"
            + "(?:[ \\u00a0]+(?<scale>(?i:hundred|thousand|million|billion|trillion))\\b)?"
            + "|(?<words>(?i:a\\s+(?:half|quarter|third)|(?:one|two|three)\\s+(?:quarters?|thirds?)|half|" + NumberWords.PATTERN + ")))(?![\\w-])");
    /** "a third", "a fifth": a share before "of", a comparative or the clause's end, an ordinal before a noun. */
    private static final Pattern A_ORDINAL = Pattern.compile("(?i)an?[\\s-]+(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)");
    /** "for the first half", "in the second half": a part of a match or year, not 0.5 ("the first half of 2006" is a time). */
    private static final Pattern MATCH_HALF_BEFORE = Pattern.compile("(?i)\\b(?:first|second)\\s$");
    private static final Pattern OF_AFTER = Pattern.compile("\\s+of\\b");
    private static final Pattern LEAD_END = Pattern.compile("(?::|--|—)\\s*[\"“'‘]?\\s*$");
    private static final Pattern FIXED_COMPOUND = Pattern.compile("(?i)-(?:way|state\\s+solution|sided|off)\\b");
    private static final Pattern CAPITAL_NEXT = Pattern.compile("[ -]\\p{Lu}");
    private static final Pattern SEN = Pattern.compile("[ \\u00a0]sen(?![\\w'’])");
    /** Currency names several countries use: without the country the amount's currency is unknown. */
    private static final Pattern AMBIGUOUS_CURRENCY = Pattern.compile("(?:-\\s?|[ \\u00a0])(?i:pesos?|dinars?|riyals?|rials?|shillings?"
            + "|kronur|kroner|krona|krone|cedis?|escudos?)(?![\\w])");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** "March 3, 100 protesters": the digit is a day, the group after it a count of its own. */
    private static final Pattern MONTH_BEFORE_DAY = Pattern.compile("\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d, $");
    private static final Pattern HALF_COMPOUND = Pattern.compile("-(?!(?i:a-)?(?:dozen|hundred|thousand|million|billion|percent"
            + "|lit(?:re|er)s?|gallons?|pints?|miles?|kilo\\w*|met(?:re|er)s?|pounds?|ounces?|inch\\w*|ton(?:ne)?s?|cups?)\\b)\\p{L}");
    private static final Pattern ONE_PRONOUN_BEFORE = Pattern.compile("(?i)\\b(?:no|every|any|each|the\\s+only|the\\s+other"
            + "|the\\s+same|the\\s+most\\s+\\p{L}+|the\\s+\\p{L}+est)\\s$");
    private static final Pattern ONE_THEN_ANOTHER = Pattern.compile("(?i)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+(?:to|or|after)\\s+another\\b"
            + "|\\s+sense\\b");
    /** "less than a third was covered": a hedge makes it a share whatever follows. */
    private static final Pattern SHARE_HEDGE_BEFORE = Pattern.compile("(?i)\\b(?:than|nearly|almost|about|around|roughly|over|under"
            + "|only|just|barely|some|by)\\s+$");
    private static final Pattern WORD_AFTER_ORDINAL = Pattern.compile("[ \\u00a0]+(?!(?i:of|more|less|fewer|higher|lower|larger|smaller"
            + "|bigger|cheaper|and|or|to|in|on|from|since|than|over|this|last|compared|between|at|by|for|with|after|before|while"
            + "|when|but|as|per|the|a|an|its|their|his|her|our)\\b)\\p{L}");
    /** "3 doz", "five dzs": dozens abbreviated, as in lists and recipes. */
    private static final Pattern DOZEN_ABBREVIATION = Pattern.compile("[ \\u00a0]?(?:dozs?|dzs?)(?![\\w])");
    private static final Pattern SCALE_NEXT = Pattern.compile("(?i)[\\s-]+(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)\\b");
    /** "5pc" attached and in lower case is the British papers' percent; "5 pc games" are not. */
    private static final Pattern PERCENT = Pattern.compile("(?i)\\s?%(?![0-9a-f]{2}|\\w)|[\\s\\u00a0-]?(?:per\\s?cent|percent|pct)\\b|(?-i:pc)(?![\\w'’])"
            + "|[\\s\\u00a0]?(?:percentage\\s+points?|pp|ppts?)\\b|[\\s\\u00a0]?(?:percentages?|percents)\\b");
    private static final Pattern MINOR = Pattern.compile("(?i)[\\s\\u00a0-]?(?<word>cents?|¢|pence|pennies|penny)(?![\\w])");
    /** The cents said without their unit at the end of a clause: "15 dollars 50.", "thirteen dollars forty five". */
    private static final Pattern CENTS_TAIL = Pattern.compile("[ \\u00a0]+(?:and[ \\u00a0]+)?(?:(?<digits>\\d{1,2})"
            + "|(?<words>(?!an?\\b)" + NumberWords.PATTERN + "))(?=[ \\t]*(?:[.;!?]|$))");
    private static final java.util.Set<String> CENTS_CURRENCIES = java.util.Set.of("USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF",
            "HKD", "SGD");
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)\\b(?:between|from)\\s+(?:\\S+\\s+){0,2}$");
    private static final Pattern MILLION_CODE = Pattern.compile("[\\s\\u00a0]?M(?<code>" + Currencies.MILLION_CODES + ")\\b");
    private static final Pattern MILLION_M = Pattern.compile("m(?![\\w])");
    private static final Pattern MILLION_AFTER_PREFIX = Pattern.compile("m(?![\\w])|\\s?(?i:MM)(?![\\w])");
    private static final Pattern LARGER_SCALE = Pattern.compile("[ \\u00a0]+(?<scale>(?i:crores?|million|billion))(?![\\w])");
    private static final Pattern SPACED_SCALE_LETTER = Pattern.compile("[ \\u00a0](?<letter>M)(?![\\w'’-]|\\.\\w)");
    private static final Pattern CRORE_AFTER_RUPEES = Pattern.compile("[ \\u00a0]?(?i:crs?)(?![\\w])");
    private static final Pattern POUNDS_AFTER_SCALE = Pattern.compile("\\s(?i:pounds?)(?:\\s+sterling)?\\b");
    /** "won" after a scale word is the currency, not the verb ("shares worth 2.1 trillion won"). */
    private static final Pattern WON_AFTER_SCALE = Pattern.compile("\\swon\\b(?!\\s+(?:the|a|an|by|in|at|over|against|his|her|their|its)\\b)");
    /**
     * "won" right after a figure without a scale is the currency only when the verb cannot be meant: the figure is
     * written with a decimal point or thousands comma (nobody counts "5,500" winners that way before "won at") and
     * "won" closes the phrase ("5,500 won (62 US cents)", "930.80 won against the dollar"), or a price follows
     * ("up 600 won at 29,800 won"). "in 1992 won 64,000 votes", "26 won by China" stay silent.
     */
    private static final Pattern WON_PLAIN = Pattern.compile("\\swon(?=\\s*[.,;:()]|\\s+(?:to|at|from|against|per)\\b)");
    private static final Pattern WON_BEFORE_PRICE = Pattern.compile("\\swon(?=\\s+(?:to|at|from)\\s+[0-9])");
    private static final Pattern WRITTEN_FRACTION_OR_THOUSANDS = Pattern.compile("[0-9][.,][0-9]");
    /** "9.25 million Singapore dollars (6.6 million US)": a conversion in brackets drops "dollars". */
    private static final Pattern US_AFTER_SCALE = Pattern.compile("\\s(?:US|U\\.S\\.)(?=\\))");
    private static final Pattern LETTER_B_AFTER_WORD = Pattern.compile("\\p{L}\\s\\d{1,3}B$");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+([\\p{L}'-]+)");
    private static final Pattern PENCE_SUFFIX = Pattern.compile("p(?![\\w'’])");
    private static final Pattern SCALE_AFTER_CODE = Pattern.compile("\\s(?<scale>(?i:million|billion|trillion|thousand|mn|bn))\\b");
    private static final Pattern AGE_AFTER = Pattern.compile("(?i)[\\s-]years?[\\s-]olds?\\b|\\s?(?:yo|y/o|yrs?\\s+old)\\b");
    /** "aged 27", and the next of a list: "aged 27 and 24", "ages 5, 7". */
    private static final Pattern AGE_BEFORE = Pattern.compile("(?i)\\b(?:aged|age|ages)\\s(?:\\d{1,3},?\\s(?:and\\s)?)?$");
    private static final Pattern TIME_UNIT = Pattern.compile("(?i)[\\s-]?(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?"
            + "|mins?|seconds?|secs?|decades?|centuries|century|nights?|quarters?)\\b");
    /** The low end of a range of time: "two or three years", "10 to 15 days", "six-to-eight weeks". */
    private static final Pattern LOW_OF_DURATION_RANGE = Pattern.compile("(?i)\\s?(?:[-–]|\\s(?:to|or)\\s|-to-|-or-)\\s?(?:\\d{1,4}"
            + "|" + NumberWords.PATTERN + ")[\\s-]?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)\\b(?![\\s-]+olds?\\b)");
    /** "He was 73.", as obituaries give an age. */
    private static final Pattern AGE_SENTENCE_BEFORE = Pattern.compile("\\b(?:He|She|he|she) (?:was|is)\\s$");
    private static final Pattern CLAUSE_END = Pattern.compile("[.;](?:\\s|$)|,\\s|$");
    private static final Pattern SPLIT_DECIMAL_BEFORE = Pattern.compile("\\d\\. $");
    private static final Pattern SPLIT_DECIMAL_AFTER = Pattern.compile("\\. \\d");
    private static final Pattern ORDINAL = Pattern.compile("(?i)(?:st|nd|rd|th)(?![\\w])");
    private static final Pattern MINUS = Pattern.compile("(?i)(?:(?<![\\w])(?:minus|negative)\\s+|(?<![\\w\\d.,)-])(?<!\\d\\s)[-−])$");
    private static final Pattern BELOW_ZERO = Pattern.compile("(?i)\\s+below\\s+(?:zero|freezing)\\b");
    private static final Pattern WEIGHT_CONTEXT = Pattern.compile("(?i)\\b(?:weigh\\w*|heav\\w*|light\\w*|lost|lose|losing|shed"
            + "|gain\\w*|baby|babies|fish|catch|kg|kilos?|kilogram\\w*|grams?|tons?|tonnes?|ounces?|stones?|lbs?|obes\\w*|diet\\w*|meat|sugar|flour|butter)\\b");
    /** "on 3/4", "since 1/2": a day and month written short, not a fraction. */
    private static final Pattern DATE_BEFORE = Pattern.compile("(?i)\\b(?:on|since|until|till|before|after|dated)\\s+$");
    private static final Pattern AT_ONE_POINT = Pattern.compile("(?i)\\b(?:at|from)\\s+(?:one|some)$");
    private static final Pattern DROP = Pattern.compile("(?i)\\b(?:drop|dropped|dropping|put\\s+on)\\b");
    private static final Pattern MONEY_CONTEXT = Pattern.compile("(?i)£|\\b(?:paid|pay|pays|cost\\w*|price\\w*|worth|spent|spend"
            + "|fined?|fee|fees|salary|wage\\w*|earn\\w*|bought|buy|sold|sell|sale|raised|budget|funding|bill|tax|charge\\w*|"
            + "profit\\w*|loss|revenue|sterling|bank|cash|ticket|rent|debt|loan|award\\w*|compensation|donat\\w*)\\b");
    private static final Pattern TEMPERATURE_CONTEXT = Pattern.compile("(?i)temperature|degrees|°|\\b(?:heat\\w*|hot\\w*|cold\\w*|warm\\w*"
            + "|cool\\w*|weather|forecast|chill|freez\\w*|celsius|fahrenheit|highs?|lows?|thermometer|climate|fever)\\b|\\d[CF]\\s*\\(\\s*-?\\d");
    private static final Pattern METRE_CONTEXT = Pattern.compile("(?i)\\s+(?:tall|long|high|wide|deep|away|above|below|from|"
            + "in\\s+(?:length|height|diameter|width)|of\\s+(?:water|snow|rain)|freestyle|sprint|hurdles|race|final|"
            + "butterfly|backstroke|breaststroke|relay|dash|run|square|cubed)\\b|[-\\s]?(?:long|high|tall|deep|wide)\\b"
            + "|\\s*(?:x|×|by)\\s*\\d"
            // "12 m 2 dm", "1m is equal to 10 dm", "1m = 100 cm": another metric length right after says metres
            + "|\\s{0,2}(?:(?:is(?:\\s+equal\\s+to)?|equals|=)\\s{0,2})?\\d{1,6}(?:[.,]\\d{1,6})?\\s?(?-i:km|cm|mm|dm)\\b");

    /** "1 m x 1 m": the second figure of a size given in metres. */
    /** A verb of money right before "5m": millions even when "from" follows ("raised 5m from investors"). */
    private static final Pattern MONEY_VERB_BEFORE = Pattern.compile("(?i)\\b(?:rais\\w*|paid|pays?|cost\\w*|worth|spen[dt]\\w*"
            + "|earn\\w*|sold|sells?|bought|buys?|invest\\w*|borrow\\w*|lent|lend\\w*|owe[sd]?|fined|donat\\w*|award\\w*)"
            + "\\s+(?:(?:about|around|nearly|almost|some|over|more\\s+than|up\\s+to|another|an\\s+extra)\\s+)?$");
    /** "the men's 1,500m", "women's 10m air rifle": an event's distance in metres. */
    private static final Pattern SPORT_BEFORE = Pattern.compile("(?i)\\b(?:men|women|girls|boys)['’]\\s?s\\s+(?:\\S+\\s+)?$");
    private static final Pattern SPORT_AFTER = Pattern.compile("(?i)\\s+(?:steeplechase|hurdles?|walk|events?|titles?|crown|mark|track"
            + "|springboard|platform|pistol|rifle|air|rapid|individual|medley|wheelchair|throw|leap|jump|records?|winner|runner"
            + "|gold|silver|bronze|finals?|heats?|breastroke|butterfy|curve|swim|swimmer|runners?|sprinters?|champion)\\b");
    /** "1.8m people", "5m last year": a noun or adverb right after, as a count in millions has; not "in", "and", a comma. */
    private static final Pattern COUNTED_AFTER = Pattern.compile("\\s+(?!(?:in|and|or|at|on|of|to|for|with|by|from|over|under|is|was"
            + "|are|were|as|than|then|but)\\b)[a-z]{2,}");
    private static final Pattern METRES_BEFORE = Pattern.compile("\\d\\s?m\\s*(?:x|×|by)\\s*$");

    private final String defaultDollar;

    NumericExtractor(String defaultDollar) {
        this.defaultDollar = defaultDollar;
    }

    List<NumericClaim> extract(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<int[]> urls = NotClaims.urls(text);
        Candidates<Mention> found = new Candidates<>();
        SkippingMatcher scan = new SkippingMatcher(FIGURE, text);
        Matcher m = scan.matcher();
        int from = 0;
        while (from < text.length() && scan.find(from)) {
            from = m.end();
            Mention mention;
            if (m.group("fraction") != null) {
                Figure fraction = Fractions.value(m.group("fraction"));
                boolean date = DATE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find();
                mention = fraction == null || date ? null : classify(analyzed, m.start(), m.end(), fraction, 1, false);
            } else if (m.group("words") != null) {
                int end = momentEnd(analyzed.text(), m.start("words"), m.end("words"));
                mention = words(analyzed, m.start("words"), end);
                if (mention != null && mention.end() < m.end()) from = mention.end();
                else if (end < m.end()) from = end;
            } else {
                mention = digits(analyzed, m);
            }
            if (mention != null && !NotClaims.inside(urls, mention.start(), mention.end())) {
                found.add(mention.start(), mention.end(), mention);
            }
        }
        List<Mention> mentions = Merges.ratios(text, Merges.ranges(text, Merges.compounds(text, found.selectLongest())));
        List<NumericClaim> claims = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) claims.add(claim(analyzed, mention));
        return claims;
    }

    /** Number words; "three and five" that do not make one number are read up to "and". */
    /** Where number words [start, end) stop: before "point" in "at one point two men" (a moment, not 1.2). */
    private static int momentEnd(String text, int start, int end) {
        int point = text.substring(start, end).toLowerCase(Locale.ROOT).indexOf(" point ");
        boolean moment = point > 0 && AT_ONE_POINT.matcher(text.substring(Math.max(0, start - 8), start + point)).find();
        return moment ? start + point : end;
    }

    private Mention words(AnalyzedText analyzed, int start, int end) {
        String phrase = analyzed.text().substring(start, end);
        OptionalDouble value = NumberWords.value(phrase);
        int cut;
        if (value.isEmpty() && (cut = NumberWords.cardinalBeforeOrdinal(phrase)) > 0) { // "three fifth graders"
            phrase = phrase.substring(0, cut);
            end = start + cut;
            value = NumberWords.value(phrase);
        }
        if (value.isEmpty()) {
            int and = phrase.toLowerCase(Locale.ROOT).indexOf(" and ");
            if (and <= 0) return null;
            phrase = phrase.substring(0, and);
            end = start + and;
            value = NumberWords.value(phrase);
            if (value.isEmpty()) return null;
        }
        if (Character.isUpperCase(phrase.charAt(0)) && at(CAPITAL_NEXT, analyzed.text(), end) != null
                && !sentenceInitial(analyzed, start)) {
            return null; // "the Six Nations Championship", "the Seven Party Alliance": part of a name
        }
        if (phrase.matches("(?i)one|two") && at(FIXED_COMPOUND, analyzed.text(), end) != null) {
            return null; // "two-way trade", "a two-state solution", "a one-off"; "six-way talks" count their parties
        }
        if (phrase.equalsIgnoreCase("half") && (at(HALF_COMPOUND, analyzed.text(), end) != null
                || MATCH_HALF_BEFORE.matcher(analyzed.text().substring(Math.max(0, start - 12), start)).find()
                && at(OF_AFTER, analyzed.text(), end) == null)) {
            return null; // "half-time", "half-brother", "half-volley": a word of its own
        }
        if (NotClaims.timeOfDay(analyzed.text(), end)) return null; // "at one o'clock", "seven p.m.": a time of day
        if (phrase.equalsIgnoreCase("one") && at(PERCENT, analyzed.text(), end) == null && ONE_PRONOUN_BEFORE.matcher(analyzed.text().substring(Math.max(0, start - 24), start)).find()) {
            return null; // "no one wanted", "the most serious one since": a pronoun, not a count
        }
        if (phrase.equalsIgnoreCase("one") && at(ONE_THEN_ANOTHER, analyzed.text(), end) != null) {
            return null; // "from one exhibit to another", "in one form or another": no count
        }
        if (A_ORDINAL.matcher(phrase).matches() && at(WORD_AFTER_ORDINAL, analyzed.text(), end) != null
                && !SHARE_HEDGE_BEFORE.matcher(analyzed.text().substring(Math.max(0, start - 16), start)).find()) {
            return null; // "a third gas blast", "a fourth body": the next one in a series, not a share
        }
        Matcher dozens = at(DOZEN_ABBREVIATION, analyzed.text(), end);
        if (dozens != null) { // "five doz." is sixty
            value = OptionalDouble.of(value.getAsDouble() * 12);
            end = dozens.end();
        }
        if (phrase.equalsIgnoreCase("one") && !countingOne(analyzed.text(), end) && signStart(analyzed.text(), start) < 0
                && at(Currencies.SUFFIX, analyzed.text(), end) == null) { // "its one-yen bid" counts
            return null;
        }
        return classify(analyzed, start, end, Figure.ofWords(value.getAsDouble()), 1, true);
    }

    private static boolean sentenceInitial(AnalyzedText analyzed, int start) {
        int sentenceStart = analyzed.sentenceAt(start).start();
        String lead = analyzed.text().substring(Math.min(sentenceStart, start), start);
        // "NABLUS, West Bank: Fourteen Palestinians", "1st Lead: Two Italians": a dateline or slug opens the sentence
        return lead.chars().noneMatch(Character::isLetterOrDigit) || LEAD_END.matcher(lead).find();
    }

    /** "one" counts when a noun or "in"/"out of" follows ("one person", "one in five"), not as a pronoun ("one of them said"). */
    private static boolean countingOne(String text, int end) {
        Matcher next = NEXT_WORD.matcher(text).region(end, Math.min(text.length(), end + 30));
        if (!next.lookingAt()) return false;
        String word = next.group(1).toLowerCase(Locale.ROOT);
        return !word.matches("of|who|which|that|is|was|has|had|can|could|would|will|must|should|might|may|another|by|day"
                + "|and|or|but|to|another|thing|way|hand|time|too|more|less|side|else|point|such"
                + "|i|you|we|they|he|she|it|do|does|did"); // "the one you mentioned", "which one do you prefer"
    }

    private Mention digits(AnalyzedText analyzed, Matcher m) {
        String scaleWord = m.group("scale") != null ? m.group("scale") : m.group("abbr") != null ? m.group("abbr").strip() : null;
        Figure figure = Figure.of(m.group("digits"), scaleWord);
        if (figure == null) return null;
        int end = m.end();
        Powers.Found power = scaleWord == null ? Powers.after(analyzed.text(), end, figure) : null;
        if (power != null) {
            figure = power.figure();
            end = power.end();
        }
        Matcher larger;
        if (m.group("scale") != null && (larger = at(LARGER_SCALE, analyzed.text(), end)) != null
                && Figure.multiplier(larger.group("scale")) > Figure.multiplier(scaleWord)) {
            figure = figure.scaled(Figure.multiplier(larger.group("scale"))); // "Rs 1.5 lakh crore", "2 thousand crore"
            scaleWord = larger.group("scale");
            end = larger.end();
        }
        if (m.group("scale") != null) {
            ScaledTail tail = scaledTail(analyzed.text(), end, Figure.multiplier(scaleWord));
            if (tail != null) {
                figure = figure.plus(tail.figure());
                end = tail.end();
            }
        }
        return classify(analyzed, m.start(), end, figure, Figure.multiplier(scaleWord), false);
    }

    private record ScaledTail(Figure figure, int end) {}

    /**
     * What continues digits written with a scale word: "4 thousand[ 3 hundred][ and 21]", "3 hundred and
     * one", "3 million and a half"; null when nothing does. A smaller scale follows without "and";
     * units follow "hundred" only after "and"; a fraction after "and" is a share of the scale.
     */
    private static ScaledTail scaledTail(String text, int end, double scale) {
        Figure added = null;
        int tailEnd = end;
        double lastScale = scale;
        Matcher tail;
        while ((tail = at(SCALED_TAIL, text, tailEnd)) != null) {
            boolean and = tail.group("and") != null;
            Figure part;
            if (tail.group("digits") != null && tail.group("scale") != null) {
                double partScale = Figure.multiplier(tail.group("scale"));
                if (and || partScale >= lastScale) break;
                part = Figure.of(tail.group("digits"), tail.group("scale"));
                lastScale = partScale;
            } else {
                double units = tail.group("digits") != null ? Double.parseDouble(tail.group("digits"))
                        : NumberWords.value(tail.group("words")).orElse(-1);
                if (!and) break;
                if (units > 0 && units < 1 && lastScale >= 1000) {
                    part = Figure.ofWords(units).scaled(lastScale);
                } else if (units >= 1 && units < 100 && units == Math.rint(units) && lastScale == 100) {
                    part = Figure.ofWords(units);
                } else if (tail.group("words") != null && units >= 1 && units < 1000 && units == Math.rint(units)
                        && lastScale >= 1000 && at(SCALE_NEXT, text, tail.end()) == null) {
                    part = Figure.ofWords(units); // "6 crore and two hundred", as "six crore and two hundred" reads
                } else {
                    break;
                }
                lastScale = 1;
            }
            added = added == null ? part : added.plus(part);
            tailEnd = tail.end();
            if (lastScale == 1) break;
        }
        return added == null ? null : new ScaledTail(added, tailEnd);
    }

    /** What the figure [start, end) is, from the text around it; null when it is no claim. */
    private Mention classify(AnalyzedText analyzed, int start, int end, Figure figure, double scale, boolean words) {
        String text = analyzed.text();
        if (!words && (splitZeroGroup(text, start, end)
                || at(ZERO_GROUP_AFTER, text, end) != null && text.substring(start, end).matches("\\d{1,3}")
                || at(GROUP_AFTER_DIGIT, text, end) != null && text.substring(start, end).matches("\\d")
                        && !MONTH_BEFORE_DAY.matcher(text.substring(Math.max(0, start - 12), start)).find())) {
            return null; // "4, 000 less", "$4, 000": 4,000 with a stray space, read as neither 4 nor 0
        }
        Currencies.Found prefix = words ? null : Currencies.before(text, start, defaultDollar);
        if (prefix != null && acceptablePrefix(text, prefix, start, end, scale)) return moneyWithPrefix(text, prefix, start, end, figure, scale);
        if (!words && start > 0 && Character.isLetter(text.charAt(start - 1))) return null; // "G7", "MH17", "A380"
        if (!words && (SPLIT_DECIMAL_BEFORE.matcher(text.substring(Math.max(0, start - 3), start)).find()
                || at(SPLIT_DECIMAL_AFTER, text, end) != null)) {
            return null; // "59. 1 percent", "closed at 14,555. 96": a decimal with a stray space, read as neither part
        }
        int signStart = signStart(text, start);
        if (signStart >= 0) {
            figure = figure.negated();
            start = signStart;
        }
        Matcher after;
        if ((after = at(PERCENT, text, end)) != null) {
            boolean points = after.group().toLowerCase(Locale.ROOT).matches(".*(?:point|pp).*");
            return Mention.of(ClaimType.PERCENT, start, after.end(), figure, points ? "pp" : "%", scale);
        }
        if ((after = at(MINOR, text, end)) != null) {
            String word = after.group("word").toLowerCase(Locale.ROOT);
            String currency = word.startsWith("pen") ? "GBP" : defaultDollar;
            return Mention.of(ClaimType.MONEY, start, after.end(), figure.scaled(0.01), currency, scale).asMinor();
        }
        if ((after = at(SEN, text, end)) != null) { // "eased 10 sen to 12.00 ringgit": a hundredth of a ringgit
            if (!sentenceAround(text, start).toLowerCase(Locale.ROOT).contains("ringgit")) return null;
            return Mention.of(ClaimType.MONEY, start, after.end(), figure.scaled(0.01), "MYR", scale).asMinor();
        }
        if (!words && scale == 1 && (after = at(PENCE_SUFFIX, text, end)) != null) {
            return Mention.of(ClaimType.MONEY, start, after.end(), figure.scaled(0.01), "GBP", scale).asMinor();
        }
        Mention money = moneyWithSuffix(text, start, end, figure, scale);
        if (money != null && splitThousands(text, start, end)) return null; // "2, 936 yuan" is 2,936 spaced badly, not 936
        if (money != null) return money;
        if (at(AMBIGUOUS_CURRENCY, text, end) != null) return null; // "6.44 billion pesos": money, but whose?
        if ((after = at(AGE_AFTER, text, end)) != null) return Mention.of(ClaimType.QUANTITY, start, after.end(), figure, null, scale).asAge(null);
        if (AGE_BEFORE.matcher(text.substring(Math.max(0, start - 16), start)).find() && isAge(figure, scale)) {
            return Mention.of(ClaimType.QUANTITY, start, end, figure, null, scale).asAge(null);
        }
        Mention quantity = quantity(text, start, end, figure, scale);
        if (quantity != null) return quantity == SKIP ? null : quantity;
        if (!words && NotClaims.timeOfDay(text, end)) return null;
        if (at(TIME_UNIT, text, end) != null) return null; // a duration: the temporal extractor's
        if (at(LOW_OF_DURATION_RANGE, text, end) != null) return null; // "two or three years", "10 to 15 years": the same
        if (!words && isAge(figure, scale) && AGE_SENTENCE_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find()
                && at(CLAUSE_END, text, end) != null) {
            return Mention.of(ClaimType.QUANTITY, start, end, figure, null, scale).asAge(null); // "He was 73."
        }
        if (!words && scale == 1 && isAge(figure, scale)) {
            Anchor person = Ages.personBefore(text, start, end);
            if (person != null) return Mention.of(ClaimType.QUANTITY, start, end, figure, null, scale).asAge(person);
        }
        if (!words && scale == 1 && (after = at(ORDINAL, text, end)) != null) {
            if (NotClaims.isNotAClaim(analyzed, start, after.end())) return null;
            return Mention.of(ClaimType.NUMBER, start, after.end(), figure, "ordinal", scale);
        }
        if (!words && scale == 1 && NotClaims.isNotAClaim(analyzed, start, end)) return null;
        if (!words && scale != 1 && end < text.length() && Character.isLetter(text.charAt(end))) return null;
        if (!words && LETTER_B_AFTER_WORD.matcher(text.substring(Math.max(0, start - 24), end)).find()) {
            return null; // "Chinasat 6B", "phosphodiesterase 4B": a model or a variant; billions without a currency say "billion"
        }
        if (!words && scale == 1 && WRITTEN_YEAR.matcher(text.substring(start, end)).matches() && Hedges.before(text, start) == null) {
            return null; // "from 1990 levels", "the 1952 and 1954 treaties": news writes a count of that size with a comma
        }
        return Mention.of(ClaimType.NUMBER, start, end, figure, null, scale);
    }

    /** "R" (rand) only attached to a sizeable figure: "R500", "R1.5bn"; "R2" is more likely a road or a film rating. */
    private static boolean acceptablePrefix(String text, Currencies.Found prefix, int start, int end, double scale) {
        String written = text.substring(prefix.position(), start).trim();
        if (!written.equals("R")) return true;
        return start - prefix.position() == 1 && (scale > 1 || end - start >= 3);
    }

    private Mention moneyWithPrefix(String text, Currencies.Found prefix, int start, int end, Figure figure, double scale) {
        Matcher million;
        if (scale == 1 && prefix.scale() != 1) {
            figure = figure.scaled(prefix.scale());
            scale = prefix.scale();
        } else if (scale == 1 && (million = at(MILLION_AFTER_PREFIX, text, end)) != null) {
            figure = figure.scaled(1e6); // "£10m": million, not metres
            scale = 1e6;
            end = million.end();
        } else if (scale == 1 && (million = at(SPACED_SCALE_LETTER, text, end)) != null) {
            double factor = Figure.multiplier(million.group("letter")); // "$1.5 M": after a currency, millions ("$6 B" may be option B)
            figure = figure.scaled(factor);
            scale = factor;
            end = million.end();
        } else if (scale == 1 && prefix.code().equals("INR") && (million = at(CRORE_AFTER_RUPEES, text, end)) != null) {
            figure = figure.scaled(1e7); // "Rs 500 cr": crores; "cr" alone may be credits
            scale = 1e7;
            end = million.end();
        }
        return Mention.of(ClaimType.MONEY, prefix.position(), end, figure, prefix.code(), scale);
    }

    private Mention moneyWithSuffix(String text, int start, int end, Figure figure, double scale) {
        Matcher millionCode;
        if (scale == 1 && (millionCode = at(MILLION_CODE, text, end)) != null) { // "120 MEUR", as company reports write it
            return Mention.of(ClaimType.MONEY, start, millionCode.end(), figure.scaled(1e6), millionCode.group("code"), 1e6);
        }
        if (scale == 1 && at(MILLION_M, text, end) != null) { // "27m euros"
            Mention millions = moneyWithSuffix(text, start, end + 1, figure.scaled(1e6), 1e6);
            if (millions != null) return millions;
        }
        Matcher after = at(Currencies.SUFFIX, text, end);
        String code = after == null ? null : Currencies.ofWord(after.group("cur"), defaultDollar);
        if (code == null) {
            after = at(Currencies.SYMBOL_AFTER, text, end);
            code = after == null ? null : Currencies.ofSymbol(after.group("cur"), defaultDollar);
        }
        if (code == null) {
            return scale > 1 ? currencyWordAfterScale(text, start, end, figure, scale) : plainWon(text, start, end, figure);
        }
        int claimEnd = after.end();
        Matcher more;
        if (scale == 1 && (more = at(SCALE_AFTER_CODE, text, claimEnd)) != null) { // "75 USD million"
            double factor = Figure.multiplier(more.group("scale"));
            figure = figure.scaled(factor);
            scale = factor;
            claimEnd = more.end();
        }
        Matcher cents;
        if (scale == 1 && figure.value() == Math.rint(figure.value()) && CENTS_CURRENCIES.contains(code)
                && (cents = at(CENTS_TAIL, text, claimEnd)) != null && !BETWEEN_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find()) {
            double hundredths = cents.group("digits") != null ? Double.parseDouble(cents.group("digits"))
                    : NumberWords.value(cents.group("words")).orElse(0);
            if (hundredths >= 1 && hundredths <= 99 && hundredths == Math.rint(hundredths)) {
                figure = figure.plus(Figure.ofWords(hundredths).scaled(0.01)); // "15 dollars 50." is 15.50
                claimEnd = cents.end();
            }
        }
        return Mention.of(ClaimType.MONEY, start, claimEnd, figure, code, scale);
    }

    /** "62,900 won", "0.2 won from Monday's close", "130 won at 5,400 won": see {@link #WON_PLAIN}. */
    private static Mention plainWon(String text, int start, int end, Figure figure) {
        Matcher won = at(WON_BEFORE_PRICE, text, end);
        if (won == null && WRITTEN_FRACTION_OR_THOUSANDS.matcher(text.substring(start, end)).find()) won = at(WON_PLAIN, text, end);
        return won == null ? null : Mention.of(ClaimType.MONEY, start, won.end(), figure, "KRW", 1);
    }

    /**
     * A currency word only a scale makes money: "361 million pounds" (nobody weighs in millions of pounds without
     * saying so), "2.184 trillion won", "(6.6 million US)" in a bracketed conversion.
     */
    private static Mention currencyWordAfterScale(String text, int start, int end, Figure figure, double scale) {
        Matcher won = at(WON_AFTER_SCALE, text, end);
        if (won != null) return Mention.of(ClaimType.MONEY, start, won.end(), figure, "KRW", scale); // "2.184 trillion won"
        Matcher us = at(US_AFTER_SCALE, text, end);
        if (us != null) return Mention.of(ClaimType.MONEY, start, us.end(), figure, "USD", scale); // "(6.6 million US)"
        Matcher pounds = at(POUNDS_AFTER_SCALE, text, end);
        return pounds == null ? null : Mention.of(ClaimType.MONEY, start, pounds.end(), figure, "GBP", scale);
    }

    /** Marks "not a claim" from {@link #quantity} (ambiguous "pounds", "m"). */
    private static final Mention SKIP = Mention.of(ClaimType.NUMBER, 0, 0, new Figure(0, 0), null, 1);

    /** A figure with a unit of measurement, SKIP when the unit is ambiguous, null when there is no unit. */
    private Mention quantity(String text, int start, int end, Figure figure, double scale) {
        UnitWords.Found unit = UnitWords.at(text, end);
        if (unit == null) return null;
        String sentence = sentenceAround(text, start);
        switch (unit.kind()) {
            case POUND_WORD -> {
                // A bare "20 pounds" is a weight or sterling; the sentence must say which, else no claim.
                boolean money = MONEY_CONTEXT.matcher(sentence).find();
                // "to drop 25 pounds" is a diet unless the sentence is about prices.
                boolean weight = WEIGHT_CONTEXT.matcher(sentence).find() || !money && DROP.matcher(sentence).find();
                if (text.startsWith(" sterling", unit.end()) || money && !weight) {
                    int claimEnd = text.startsWith(" sterling", unit.end()) ? unit.end() + 9 : unit.end();
                    return Mention.of(ClaimType.MONEY, start, claimEnd, figure, "GBP", scale);
                }
                if (!weight) return SKIP;
            }
            case METRE_OR_MILLION -> {
                if (scale != 1) return null;
                boolean lengthCue = at(METRE_CONTEXT, text, unit.end()) != null
                        && !MONEY_VERB_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find(); // "raised 5m from investors"
                boolean sport = SPORT_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find()
                        || at(SPORT_AFTER, text, unit.end()) != null;
                if (!lengthCue && !sport && !METRES_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find()) {
                    // "1.8m people", "raised 5m from": millions; the scale applies and the figure is counted as a number.
                    // Else ("won the 1,500m.", "over 200m, ...") nothing says which: no claim.
                    boolean millions = at(COUNTED_AFTER, text, unit.end()) != null
                            || MONEY_VERB_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find();
                    return millions ? Mention.of(ClaimType.NUMBER, start, unit.end(), figure.scaled(1e6), null, 1e6) : SKIP;
                }
            }
            default -> { }
        }
        if (attachedScaleLetter(text, end, unit) && !TEMPERATURE_CONTEXT.matcher(sentence).find()) {
            return SKIP; // "Boeing 777F", "a 13F filing", "14.7C/ per security": not temperatures
        }
        Figure value = figure;
        int claimEnd = unit.end();
        Matcher below;
        if ((unit.symbol().startsWith("°")) && (below = at(BELOW_ZERO, text, claimEnd)) != null) {
            value = value.negated();
            claimEnd = below.end();
        }
        return Mention.of(ClaimType.QUANTITY, start, claimEnd, value, unit.symbol(), scale);
    }

    private static boolean attachedScaleLetter(String text, int end, UnitWords.Found unit) {
        return unit.end() == end + 1 && (unit.symbol().equals("°C") || unit.symbol().equals("°F"));
    }

    /**
     * A thousands group after "N, " ("4, 000", "4, 500 delegates"): on the wire stories this is a figure
     * with a stray space, not two; which one cannot be told for sure, so neither part is read.
     */
    private static boolean splitZeroGroup(String text, int start, int end) {
        return splitThousands(text, start, end) && at(LIST_GOES_ON, text, end) == null && (text.charAt(start) == '0'
                || SPLIT_GROUP_LEAD.matcher(text.substring(Math.max(0, start - 6), start)).find()
                        && !MONTH_BEFORE_DAY.matcher(text.substring(Math.max(0, start - 16), start)).find());
    }

    /** "1, 234, 567": a list of numbers goes on. */
    private static final Pattern LIST_GOES_ON = Pattern.compile(",\\s?\\d");
    /** One digit before the group ("4, 500"); "gainers 343 to 303, 271 unchanged" is a list. */
    private static final Pattern SPLIT_GROUP_LEAD = Pattern.compile("(?<![\\d.,])\\d, $");
    private static final Pattern ZERO_GROUP_AFTER = Pattern.compile(", 0\\d\\d(?![\\d,])(?!\\.\\d)");
    private static final Pattern GROUP_AFTER_DIGIT = Pattern.compile(", \\d{3}(?![\\d,])(?!\\.\\d)");

    private static boolean splitThousands(String text, int start, int end) {
        return end - start == 3 && start >= 3 && Character.isDigit(text.charAt(start - 3))
                && text.startsWith(", ", start - 2);
    }

    private static boolean isAge(Figure figure, double scale) {
        return scale == 1 && figure.value() >= 0 && figure.value() <= 125 && figure.value() == Math.rint(figure.value());
    }

    /** Start of a minus sign or "minus"/"negative" right before the figure, or -1. */
    private static int signStart(String text, int start) {
        Matcher m = MINUS.matcher(text).region(Math.max(0, start - 10), start).useTransparentBounds(true);
        return m.find() ? m.start() : -1;
    }

    private static String sentenceAround(String text, int at) {
        int from = Math.max(0, at - 150);
        int to = Math.min(text.length(), at + 150);
        return text.substring(from, to);
    }

    /** The pattern matched right at {@code at} (within 48 characters), or null. */
    private static Matcher at(Pattern pattern, String text, int at) {
        Matcher m = pattern.matcher(text).region(at, Math.min(text.length(), at + 48)).useTransparentBounds(true);
        return m.lookingAt() ? m : null;
    }

    private static NumericClaim claim(AnalyzedText analyzed, Mention mention) {
        String text = analyzed.text();
        Hedges.Found hedge = Hedges.before(text, mention.start());
        Figure figure = mention.figure();
        Double high = mention.high() == null ? null : mention.high().value();
        double precision = mention.high() == null ? figure.precision() : Math.min(figure.precision(), mention.high().precision());
        return new NumericClaim(mention.type(), mention.start(), mention.end(), text.substring(mention.start(), mention.end()),
                figure.value(), mention.unit(), precision, hedge == null ? Hedges.after(text, mention.end()) : hedge.mod(), mention.anchor(),
                analyzed.sentenceAt(mention.start()).index(), high, mention.measure());
    }
}
