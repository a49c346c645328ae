package uk.gov.devon.rpassistant.answer;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import uk.gov.devon.rpassistant.evaluation.AnsweringStack;
import uk.gov.devon.rpassistant.evaluation.Situation;
import uk.gov.devon.rpassistant.evaluation.SituationsEvaluation;
import uk.gov.devon.rpassistant.evaluation.SituationsEvaluation.Verdict;
import uk.gov.devon.rpassistant.knowledge.BankHolidays;
import uk.gov.devon.rpassistant.knowledge.EmbeddingCache;
import uk.gov.devon.rpassistant.knowledge.FusionWeights;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;
import uk.gov.devon.rpassistant.knowledge.TextClassifier;
import uk.gov.devon.rpassistant.privacy.CaseDetails;

/**
 * {@code ./mvnw -q test-compile exec:java@tune-bands}: the situations sets' DEVELOPMENT halves (both, or those
 * named in {@code -Dtune.sets}; only files ending {@code -dev.tsv} are read) under a grid of confidence settings,
 * to choose {@link ConfidencePolicy#CALIBRATED}. Never run it on a test half.
 */
final class TuneBands {

    private TuneBands() {
    }

    /** A grid of values from a system property, e.g. {@code -Dgrid.close=0.70,0.75}. */
    private static double[] grid(String property, String fallback) {
        return java.util.Arrays.stream(System.getProperty(property, fallback).split(","))
                .mapToDouble(Double::parseDouble).toArray();
    }

    /** The bot's answering path on a knowledge base with the given confidence policy. */
    static AnsweringService withPolicy(AnsweringStack stack, KnowledgeBase knowledgeBase, ConfidencePolicy policy) {
        return new AnsweringService(knowledgeBase, policy, stack.riskScreen(), new CaseDetails(), Clock.systemUTC(),
                BankHolidays.read(Path.of(System.getProperty("knowledge-base.path", "knowledge-base"))),
                new SmallTalk(stack.embedder(), stack.context().getBean(EmbeddingCache.class)),
                TextClassifier.load(AnswerConfiguration.SCOPE, stack.embedder().queryModelId()));
    }

    public static void main(String[] args) {
        Path eval = Path.of("src/test/resources/eval");
        List<Path> sets = System.getProperty("tune.sets") == null ? Situation.developmentHalves(eval)
                : java.util.Arrays.stream(System.getProperty("tune.sets").split(","))
                        .filter(name -> name.endsWith("-dev.tsv")).map(eval::resolve).toList();
        List<Situation> dev = sets.stream().flatMap(set -> Situation.read(set).stream()).toList();
        try (AnsweringStack stack = AnsweringStack.open(Path.of(System.getProperty("knowledge-base.path", "knowledge-base")))) {
            System.out.println("weights answerSim margin close choices | right wrong declined");
            FusionWeights model = FusionWeights.forModel(stack.embedder().modelId());
            String modelWeights = model.keywords() + "/" + model.section() + "/" + model.questions();
            for (String weights : System.getProperty("grid.weights", modelWeights).split(",")) {
            String[] w = weights.split("/");
            KnowledgeBase knowledgeBase = new KnowledgeBase(stack.knowledgeBase().content(), stack.embedder(),
                    stack.context().getBean(EmbeddingCache.class), new FusionWeights(Double.parseDouble(w[0]),
                            Double.parseDouble(w[1]), Double.parseDouble(w[2])));
            for (double close : grid("grid.close", "0.50,0.55,0.60,0.65")) {
                for (double choices : grid("grid.choices", "0.40,0.45,0.50")) {
                    for (double answer : grid("grid.answer", "0.50,0.55,0.60")) {
                        if (choices > close || answer > close) {
                            continue;
                        }
                        for (double out : grid("grid.scope", "0.40")) {
                        for (double margin : grid("grid.margin", "0.07")) {
                        ConfidencePolicy policy = new ConfidencePolicy(answer, margin,
                                Double.parseDouble(System.getProperty("grid.same", "0.925")), close, choices, out,
                                Double.parseDouble(System.getProperty("grid.easing", "0.05")));
                        AnsweringService service = withPolicy(stack, knowledgeBase, policy);
                        SituationsEvaluation.Report report = new SituationsEvaluation(service).run(dev, judged -> { });
                        int answerable = report.total(Situation.Kind.ANSWERABLE) + report.total(Situation.Kind.CONTACT);
                        double right = (report.share(Situation.Kind.ANSWERABLE, Verdict.RIGHT)
                                * report.total(Situation.Kind.ANSWERABLE) + report.share(Situation.Kind.CONTACT,
                                Verdict.RIGHT) * report.total(Situation.Kind.CONTACT)) / answerable;
                        System.out.printf(Locale.ROOT, "%s %.2f %.2f %.2f %.2f scope %.2f | %.3f %.3f %.3f%n", weights,
                                answer, margin, close,
                                choices, out, right, report.answeredWrong(),
                                report.share(Situation.Kind.OUT_OF_SCOPE, Verdict.DECLINED));
                    }
                }
            }
        }
        }
        }
        }
    }
}
