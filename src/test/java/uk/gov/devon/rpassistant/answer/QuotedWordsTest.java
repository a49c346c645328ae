package uk.gov.devon.rpassistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBaseLoader;
import uk.gov.devon.rpassistant.knowledge.Section;

/** Quoted words, from the bundled knowledge base. */
class QuotedWordsTest {

    static final QuotedWords QUOTED = new QuotedWords(new KnowledgeBaseLoader().load(Path.of("knowledge-base")));

    @Test
    void wordsQuotedFromOneDocumentFindItsSections() {
        assertThat(QUOTED.holding("didn't leeds call itself a \u2018child friendly city\u2019 or something"))
                .extracting(Section::documentId).containsOnly("leeds");
        assertThat(QUOTED.holding("'what's working well' is that SoS or RP")).isNotEmpty()
                .extracting(Section::documentId).containsOnly("signs-of-safety");
    }

    @Test
    void wordsNotInTheContentOrInMoreThanOneDocumentOrTooFewFindNothing() {
        assertThat(QUOTED.holding("dad said 'i know i need to sort the house out' - what do i pick up on")).isEmpty();
        assertThat(QUOTED.holding("what does 'way of being' mean")).isEmpty();
        assertThat(QUOTED.holding("'separate the deed from the doer' - is that RP or MI")).isEmpty();
        assertThat(QUOTED.holding("what's 'minus 18' about")).isEmpty();
        assertThat(QUOTED.holding("if you want conflict, do neither - who said that")).isEmpty();
    }
}
