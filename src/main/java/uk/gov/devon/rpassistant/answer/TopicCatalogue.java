package uk.gov.devon.rpassistant.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;
import uk.gov.devon.rpassistant.knowledge.KnowledgeContent;
import uk.gov.devon.rpassistant.knowledge.KnowledgeDocument;

/** The knowledge base by topic, in the order content owners gave it (induction order first). */
@Component
public class TopicCatalogue {

    private final KnowledgeBase knowledgeBase;

    public TopicCatalogue(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    /** The topics of the knowledge base as it is now (worked out again when its content changes). */
    public List<Topic> topics() {
        return knowledgeBase.derived(Topics.class, Topics::of).topics();
    }

    private record Topics(List<Topic> topics) {

        static Topics of(KnowledgeContent content) {
            Map<String, List<Answer.Choice>> byTopic = new LinkedHashMap<>();
            List<KnowledgeDocument> documents = new ArrayList<>(content.documents());
            documents.sort(java.util.Comparator.comparingInt(
                    (KnowledgeDocument document) -> document.inductionOrder().orElse(Integer.MAX_VALUE)));
            for (KnowledgeDocument document : documents) {
                byTopic.computeIfAbsent(document.topic(), topic -> new ArrayList<>())
                        .add(new Answer.Choice(document.id(), document.title(), document.title()));
            }
            return new Topics(byTopic.entrySet().stream()
                    .map(entry -> new Topic(entry.getKey(), entry.getValue())).toList());
        }
    }
}
