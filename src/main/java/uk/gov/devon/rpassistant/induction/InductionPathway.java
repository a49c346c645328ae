package uk.gov.devon.rpassistant.induction;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;
import uk.gov.devon.rpassistant.knowledge.KnowledgeDocument;

/** The core documents a new starter reads, in the order content owners gave ({@code induction_order}). */
@Component
public class InductionPathway {

    private final List<KnowledgeDocument> documents;

    public InductionPathway(KnowledgeBase knowledgeBase) {
        this.documents = knowledgeBase.content().documents().stream()
                .filter(document -> document.inductionOrder().isPresent())
                .sorted(Comparator.comparingInt(document -> document.inductionOrder().getAsInt()))
                .toList();
    }

    public int length() {
        return documents.size();
    }

    /** Step {@code number} (from 1), or empty when the pathway has no such step. */
    public Optional<InductionStep> step(int number) {
        if (number < 1 || number > documents.size()) {
            return Optional.empty();
        }
        KnowledgeDocument document = documents.get(number - 1);
        return Optional.of(new InductionStep(number, documents.size(), document.id(), document.title(),
                KnowledgeBase.opening(document.lead().text())));
    }
}
