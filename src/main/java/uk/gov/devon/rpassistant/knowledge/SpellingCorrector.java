package uk.gov.devon.rpassistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Corrects misspelt words from the knowledge base's own vocabulary (an unstemmed field), so that
 * "restorive practise" finds "restorative practice". Only close matches are taken: a word the knowledge base
 * does not know, such as "France", is left alone rather than bent into one it does, and so is a word that is
 * spelt right in English ({@link EnglishWords}).
 */
final class SpellingCorrector {

    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final List<String> ENDINGS = List.of("s", "es", "ed", "d", "ing", "ly", "er", "ers");

    private final SectionIndex index;
    private final DirectSpellChecker checker = new DirectSpellChecker();
    private final EnglishWords english = EnglishWords.load();

    SpellingCorrector(SectionIndex index) {
        this.index = index;
        checker.setAccuracy(0.8f);
        checker.setMaxEdits(2);
    }

    /** The text with misspelt words corrected, or empty when nothing needed correcting. */
    Optional<String> correct(String text) {
        Matcher words = WORD.matcher(text);
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        try {
            while (words.find()) {
                String word = words.group().toLowerCase(Locale.ROOT);
                String replacement = word;
                if (!EnglishAnalysis.STOP_WORDS.contains(word) && !known(word) && !knownWithAnEnding(word)) {
                    SuggestWord[] suggestions = checker.suggestSimilar(new Term(SectionIndex.SPELL, word), 1,
                            index.reader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                    if (suggestions.length > 0) {
                        replacement = suggestions[0].string;
                        changed = true;
                    }
                }
                words.appendReplacement(corrected, Matcher.quoteReplacement(
                        replacement.equals(word) ? words.group() : replacement));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Spelling check failed", e);
        }
        words.appendTail(corrected);
        return changed ? Optional.of(corrected.toString()) : Optional.empty();
    }

    private boolean known(String word) throws IOException {
        return english.contains(word) || index.reader().docFreq(new Term(SectionIndex.SPELL, word)) > 0;
    }

    /**
     * A known word with an ending the vocabulary does not list: "placements", "calms", "caseloads". Without this
     * they were "corrected" to another word ("calms" to "calls").
     */
    private boolean knownWithAnEnding(String word) throws IOException {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 3
                    && known(word.substring(0, word.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }
}
