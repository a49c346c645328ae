package uk.gov.devon.rpassistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The shipped classifiers were trained on their data as it is now, for each model that can be chosen. */
class TrainedClassifiersTest {

    @ParameterizedTest
    @CsvSource({"safety/classifier, all-minilm-l6-v2-q", "answer/scope, all-minilm-l6-v2-q",
            "safety/classifier, bge-small-en-v1.5-q-query", "answer/scope, bge-small-en-v1.5-q-query",
            "safety/classifier, e5-small-v2-q-query", "answer/scope, e5-small-v2-q-query",
            "answer/chat, all-minilm-l6-v2-q", "answer/chat, bge-small-en-v1.5-q-query",
            "answer/chat, e5-small-v2-q-query"})
    void theShippedWeightsComeFromTheDataAsItIsNow(String name, String model) {
        String data = switch (name) {
            case TrainClassifiers.SAFETY -> TrainClassifiers.safety().fingerprint();
            case TrainClassifiers.CHAT -> TrainClassifiers.chat().fingerprint() + TrainClassifiers.LISTED;
            default -> TrainClassifiers.scope().fingerprint() + TrainClassifiers.LISTED;
        };

        assertThat(TextClassifier.load(name, model).trainedOn()).as("retrain with ./mvnw -q test-compile "
                + "exec:java@train-classifiers -Dknowledge-base.model=" + model).isEqualTo(data);
    }

    @Test
    void theTrainingDataHasBothKindsInNumber() {
        assertThat(TrainClassifiers.safety().examples()).filteredOn(LabelledTexts.Example::yes).hasSizeGreaterThan(1000);
        assertThat(TrainClassifiers.safety().examples()).filteredOn(e -> !e.yes()).hasSizeGreaterThan(1000);
        assertThat(TrainClassifiers.scope().examples()).filteredOn(LabelledTexts.Example::yes).hasSizeGreaterThan(500);
        assertThat(TrainClassifiers.scope().examples()).filteredOn(e -> !e.yes()).hasSizeGreaterThan(1000);
        assertThat(TrainClassifiers.chat().examples()).filteredOn(LabelledTexts.Example::yes).hasSizeGreaterThan(500);
        assertThat(TrainClassifiers.chat().examples()).filteredOn(e -> !e.yes()).hasSizeGreaterThan(1000);
    }

    @Test
    void wordsAndWordPairsAreHashedTheSameWayEveryTime() {
        assertThat(WordFeatures.of("Not come home!")).isEqualTo(WordFeatures.of("not   come home")).hasSize(5);
        assertThat(WordFeatures.of("")).isEmpty();
    }
}
