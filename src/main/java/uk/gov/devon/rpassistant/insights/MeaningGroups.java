package uk.gov.devon.rpassistant.insights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import uk.gov.devon.rpassistant.knowledge.Vectors;

/**
 * Groups questions by meaning: each question joins the first group whose first question is close enough
 * (cosine similarity of their sentence embeddings), else starts a group. Simple and stable for the few hundred
 * unanswered questions a period holds.
 */
final class MeaningGroups {

    /**
     * How close two questions must be to count as the same question asked differently. With all-MiniLM-L6-v2,
     * paraphrases such as "lone working policy for home visits" and "what's the policy on lone working at night"
     * score about 0.6 and "e-learning version of the RP course" / "do the RP training online" about 0.68, while
     * unrelated staff questions (parking permit, mileage, annual leave, IT) score 0.31 or less.
     */
    static final double SAME_QUESTION = 0.55;

    private MeaningGroups() {
    }

    /** The groups, largest first; each is its questions (duplicates kept, so the size is the count). */
    static List<List<String>> of(List<String> texts, Function<String, float[]> meaning) {
        List<float[]> leaders = new ArrayList<>();
        List<List<String>> groups = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (String text : texts) {
            String key = text.toLowerCase(Locale.ROOT).strip();
            Integer known = seen.get(key);
            if (known != null) {
                groups.get(known).add(text);
                continue;
            }
            float[] vector = meaning.apply(text);
            int group = vector == null ? -1 : closest(leaders, vector);
            if (group < 0) {
                leaders.add(vector == null ? new float[0] : vector);
                groups.add(new ArrayList<>(List.of(text)));
                group = groups.size() - 1;
            } else {
                groups.get(group).add(text);
            }
            seen.put(key, group);
        }
        List<List<String>> sorted = new ArrayList<>(groups);
        sorted.sort((a, b) -> Integer.compare(b.size(), a.size()));
        return sorted;
    }

    private static int closest(List<float[]> leaders, float[] vector) {
        int best = -1;
        double bestSimilarity = SAME_QUESTION;
        for (int i = 0; i < leaders.size(); i++) {
            double similarity = Vectors.dot(leaders.get(i), vector);
            if (similarity >= bestSimilarity) {
                best = i;
                bestSimilarity = similarity;
            }
        }
        return best;
    }
}
