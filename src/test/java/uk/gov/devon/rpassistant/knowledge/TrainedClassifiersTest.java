package uk.gov.devon.rpassistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The shipped classifiers were trained on their data as it is now, for the model in use. */
class TrainedClassifiersTest {

    static final String MODEL = TextEmbedder.named(KnowledgeProperties.DEFAULT_MODEL).queryModelId();

    @ParameterizedTest
    @ValueSource(strings = {TrainClassifiers.SAFETY, TrainClassifiers.SCOPE})
    void theShippedWeightsComeFromTheDataAsItIsNow(String name) {
        String data = name.equals(TrainClassifiers.SAFETY) ? TrainClassifiers.safety().fingerprint()
                : TrainClassifiers.scope().fingerprint() + TrainClassifiers.LISTED;

        assertThat(TextClassifier.load(name, MODEL).trainedOn())
                .as("retrain with ./mvnw -q test-compile exec:java@train-classifiers").isEqualTo(data);
    }

    @Test
    void theTrainingDataHasBothKindsInNumber() {
        assertThat(TrainClassifiers.safety().examples()).filteredOn(LabelledTexts.Example::yes).hasSizeGreaterThan(1000);
        assertThat(TrainClassifiers.safety().examples()).filteredOn(e -> !e.yes()).hasSizeGreaterThan(1000);
        assertThat(TrainClassifiers.scope().examples()).filteredOn(LabelledTexts.Example::yes).hasSizeGreaterThan(500);
        assertThat(TrainClassifiers.scope().examples()).filteredOn(e -> !e.yes()).hasSizeGreaterThan(1000);
    }

    @Test
    void wordsAndWordPairsAreHashedTheSameWayEveryTime() {
        assertThat(WordFeatures.of("Not come home!")).isEqualTo(WordFeatures.of("not   come home")).hasSize(5);
        assertThat(WordFeatures.of("")).isEmpty();
    }
}
