package uk.gov.devon.rpassistant.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.gov.devon.rpassistant.knowledge.Candidate;
import uk.gov.devon.rpassistant.knowledge.KnowledgeContent;
import uk.gov.devon.rpassistant.knowledge.KnowledgeDocument;
import uk.gov.devon.rpassistant.knowledge.Section;

/**
 * Words a person puts in quotes that the knowledge base has word for word: "'if you want conflict, do neither' -
 * who said that", "is 'what's working well' from signs of safety". When those words are in one document only, that
 * document holds the answer, however far the rest of the question is from its meaning. Quoted words a parent said
 * ("she said 'i can't face it'") are not in the content, and change nothing.
 */
final class QuotedWords {

    /** Text between quotes; an apostrophe between letters ("what's") stays inside. */
    private static final Pattern QUOTED = Pattern.compile("(?<![A-Za-z])['\"‘“]"
            + "((?:[^'\"‘’“”]|(?<=[A-Za-z])['’](?=[A-Za-z]))+?)['\"’”](?![A-Za-z])");
    private static final int FEWEST_WORDS = 3;

    private record Plain(Section section, String words) {
    }

    private final List<Plain> sections;

    QuotedWords(KnowledgeContent content) {
        List<Plain> plain = new ArrayList<>();
        for (KnowledgeDocument document : content.documents()) {
            for (Section section : document.sections()) {
                plain.add(new Plain(section, " " + PlainWords.of(section.text()) + " "));
            }
        }
        this.sections = List.copyOf(plain);
    }

    /**
     * The section that answers a question by its quoted words: of the sections holding them, the best ranked by the
     * search, or the first; empty when no document alone holds them.
     */
    Optional<Section> answering(String question, List<Candidate> ranked) {
        List<Section> holding = holding(question);
        return holding.isEmpty() ? Optional.empty() : Optional.of(ranked.stream().map(Candidate::section)
                .filter(holding::contains).findFirst().orElse(holding.get(0)));
    }

    /**
     * The sections that hold the question's quoted words, when one document alone holds them (three words or
     * more); empty otherwise.
     */
    List<Section> holding(String question) {
        Matcher quoted = QUOTED.matcher(question);
        while (quoted.find()) {
            String words = PlainWords.of(quoted.group(1));
            if (words.split(" ").length < FEWEST_WORDS) {
                continue;
            }
            List<Section> holding = sections.stream().filter(plain -> plain.words().contains(" " + words + " "))
                    .map(Plain::section).toList();
            Set<String> documents = holding.stream().map(Section::documentId).collect(Collectors.toSet());
            if (documents.size() == 1) {
                return holding;
            }
        }
        return List.of();
    }
}
