package uk.gov.devon.rpassistant.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.devon.rpassistant.evaluation.AnsweringStack;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;

/** Unanswered questions are grouped by meaning, with the real sentence embeddings. */
class MeaningGroupsTest {

    private final KnowledgeBase knowledgeBase = AnsweringStack.shared().knowledgeBase();

    @Test
    void theSameQuestionAskedDifferentlyIsOneGroupAndUnrelatedOnesStayApart() {
        List<List<String>> groups = MeaningGroups.of(List.of(
                "lone working policy for home visits",
                "how do I get a parking permit at county hall",
                "what's the policy on lone working at night",
                "Lone working policy for home visits ",
                "is there an e-learning version of the RP course",
                "can I do the RP training online instead"), knowledgeBase::meaning);

        assertThat(groups).hasSize(3);
        assertThat(groups.get(0)).containsExactly("lone working policy for home visits",
                "what's the policy on lone working at night", "Lone working policy for home visits ");
        assertThat(groups.get(1)).containsExactly("is there an e-learning version of the RP course",
                "can I do the RP training online instead");
        assertThat(groups.get(2)).containsExactly("how do I get a parking permit at county hall");
    }
}
