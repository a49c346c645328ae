package uk.gov.devon.rpassistant.induction;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;
import uk.gov.devon.rpassistant.knowledge.KnowledgeContent;
import uk.gov.devon.rpassistant.knowledge.KnowledgeDocument;
import uk.gov.devon.rpassistant.knowledge.Section;

/** The core documents a new starter reads, in the order content owners gave ({@code induction_order}). */
@Component
public class InductionPathway {

    private final KnowledgeBase knowledgeBase;

    public InductionPathway(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    public int length() {
        return steps().documents().size();
    }

    /** Step {@code number} (from 1), or empty when the pathway has no such step. */
    public Optional<InductionStep> step(int number) {
        List<KnowledgeDocument> documents = steps().documents();
        if (number < 1 || number > documents.size()) {
            return Optional.empty();
        }
        KnowledgeDocument document = documents.get(number - 1);
        String wholeText = document.sections().stream().map(Section::text).collect(Collectors.joining(" "));
        return Optional.of(new InductionStep(number, documents.size(), document.id(), document.title(),
                KnowledgeBase.opening(document.lead().text()), InductionStep.readingMinutes(wholeText)));
    }

    /** The pathway of the knowledge base as it is now (worked out again when its content changes). */
    private Steps steps() {
        return knowledgeBase.derived(Steps.class, Steps::of);
    }

    private record Steps(List<KnowledgeDocument> documents) {

        static Steps of(KnowledgeContent content) {
            return new Steps(content.documents().stream()
                    .filter(document -> document.inductionOrder().isPresent())
                    .sorted(Comparator.comparingInt(document -> document.inductionOrder().getAsInt()))
                    .toList());
        }
    }
}
