package uk.gov.devon.rpassistant.induction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.devon.rpassistant.knowledge.EmbeddingCache;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBaseLoader;
import uk.gov.devon.rpassistant.knowledge.TextEmbedder;

/** The pathway is the documents with an induction_order, in that order, and follows the content when it changes. */
class InductionPathwayTest {

    @TempDir
    Path folder;

    @Test
    void stepsFollowInductionOrderAndTheContentAsItChanges() throws IOException {
        copyFixture();
        order("training.md", 1);
        order("circles.md", 2);
        KnowledgeBase knowledgeBase = new KnowledgeBase(new KnowledgeBaseLoader().load(folder),
                TextEmbedder.named("all-minilm-l6-v2-q"), new EmbeddingCache(folder.resolve("cache")));
        InductionPathway pathway = new InductionPathway(knowledgeBase);

        assertThat(pathway.length()).isEqualTo(2);
        assertThat(pathway.step(1)).hasValueSatisfying(step -> {
            assertThat(step.documentId()).isEqualTo("training");
            assertThat(step.total()).isEqualTo(2);
            assertThat(step.isFirst()).isTrue();
        });
        assertThat(pathway.step(2)).hasValueSatisfying(step -> {
            assertThat(step.documentId()).isEqualTo("circles");
            assertThat(step.isLast()).isTrue();
        });
        assertThat(pathway.step(0)).isEmpty();
        assertThat(pathway.step(3)).isEmpty();

        order("fair-process.md", 3);
        knowledgeBase.replace(new KnowledgeBaseLoader().load(folder));

        assertThat(pathway.length()).isEqualTo(3);
        assertThat(pathway.step(3)).hasValueSatisfying(step -> assertThat(step.documentId()).isEqualTo("fair-process"));
    }

    private void order(String file, int order) throws IOException {
        Path path = folder.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        Files.writeString(path, text.replaceFirst("\ncontact:", "\ninduction_order: " + order + "\ncontact:"),
                StandardCharsets.UTF_8);
    }

    private void copyFixture() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/fixtures/search-kb"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
    }
}
