package uk.gov.devon.rpassistant.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Whole English words, from the sentence-embedding model's own WordPiece vocabulary (shipped in its jar): a word
 * found there is spelt right even when the knowledge base never uses it ("moaning", "officer"), so the spelling
 * corrector leaves it alone instead of bending it into a knowledge-base word ("meaning", "office").
 */
final class EnglishWords {

    private static final String VOCABULARY = "all-minilm-l6-v2-q-tokenizer.json";

    private final Set<String> words;

    private EnglishWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    boolean contains(String word) {
        return words.contains(word);
    }

    static EnglishWords load() {
        try (InputStream in = EnglishWords.class.getClassLoader().getResourceAsStream(VOCABULARY)) {
            if (in == null) {
                throw new IllegalStateException(VOCABULARY + " is missing from the class path");
            }
            Set<String> words = new HashSet<>();
            try (JsonParser parser = new ObjectMapper().getFactory().createParser(in)) {
                boolean inVocabulary = false;
                int depth = 0;
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token == JsonToken.FIELD_NAME && !inVocabulary && parser.currentName().equals("vocab")
                            && depth == 2) {
                        inVocabulary = true;
                    } else if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                        depth++;
                    } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                        depth--;
                        if (inVocabulary && depth == 2) {
                            break;
                        }
                    } else if (inVocabulary && token == JsonToken.VALUE_NUMBER_INT) {
                        String word = parser.currentName();
                        if (word.chars().allMatch(Character::isLetter)) {
                            words.add(word);
                        }
                    }
                }
            }
            return new EnglishWords(words);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + VOCABULARY, e);
        }
    }
}
