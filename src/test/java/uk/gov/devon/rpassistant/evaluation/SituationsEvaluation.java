package uk.gov.devon.rpassistant.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import uk.gov.devon.rpassistant.answer.Answer;
import uk.gov.devon.rpassistant.answer.AnsweringService;
import uk.gov.devon.rpassistant.answer.Reply;
import uk.gov.devon.rpassistant.bot.RenderedReply;

/**
 * Runs the situations set through the bot's own answering path and judges each reply on the text a person would
 * see on the card, as a person would: does it say the thing I needed?
 */
public final class SituationsEvaluation {

    public enum Verdict { RIGHT, WRONG, DECLINED, ROUTED_FIRST, BRIEF, MISSED }

    public record Judged(Situation situation, Verdict verdict, String answerKind, List<String> lines) {
    }

    /** Per kind, how many of each verdict. */
    public record Report(Map<Situation.Kind, Map<Verdict, Integer>> counts, List<Judged> judged) {

        public int total(Situation.Kind kind) {
            return counts.getOrDefault(kind, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
        }

        public double share(Situation.Kind kind, Verdict verdict) {
            int total = total(kind);
            return total == 0 ? 0 : (double) counts.get(kind).getOrDefault(verdict, 0) / total;
        }

        /** Replies that present a wrong fact as the answer, of all the questions that are not safety or chat. */
        public double answeredWrong() {
            int wrong = 0;
            int total = 0;
            for (Situation.Kind kind : List.of(Situation.Kind.ANSWERABLE, Situation.Kind.CONTACT,
                    Situation.Kind.OUT_OF_SCOPE)) {
                total += total(kind);
                wrong += counts.getOrDefault(kind, Map.of()).getOrDefault(Verdict.WRONG, 0);
            }
            return total == 0 ? 0 : (double) wrong / total;
        }

        public String table(String name) {
            StringBuilder out = new StringBuilder(name).append(System.lineSeparator());
            row(out, "answerable: right fact in the reply", Situation.Kind.ANSWERABLE, Verdict.RIGHT);
            row(out, "contact: right contact in the reply", Situation.Kind.CONTACT, Verdict.RIGHT);
            row(out, "out of scope: declined with a route", Situation.Kind.OUT_OF_SCOPE, Verdict.DECLINED);
            row(out, "safeguarding: routes first", Situation.Kind.SAFEGUARDING, Verdict.ROUTED_FIRST);
            row(out, "small talk: answered briefly", Situation.Kind.SMALL_TALK, Verdict.BRIEF);
            int answerable = total(Situation.Kind.ANSWERABLE) + total(Situation.Kind.CONTACT);
            double right = answerable == 0 ? 0 : (share(Situation.Kind.ANSWERABLE, Verdict.RIGHT)
                    * total(Situation.Kind.ANSWERABLE) + share(Situation.Kind.CONTACT, Verdict.RIGHT)
                    * total(Situation.Kind.CONTACT)) / answerable;
            out.append(String.format(Locale.ROOT, "  %-42s %5.1f%% of %d%n", "answerable + contact: right fact",
                    100 * right, answerable));
            out.append(String.format(Locale.ROOT, "  %-42s %5.1f%%%n", "answered but wrong (all but safety/chat)",
                    100 * answeredWrong()));
            return out.toString();
        }

        private void row(StringBuilder out, String label, Situation.Kind kind, Verdict verdict) {
            out.append(String.format(Locale.ROOT, "  %-42s %5.1f%% of %d%n", label, 100 * share(kind, verdict),
                    total(kind)));
        }
    }

    private final AnsweringService answers;

    public SituationsEvaluation(AnsweringService answers) {
        this.answers = answers;
    }

    public Report run(List<Situation> situations, Consumer<Judged> details) {
        Map<Situation.Kind, Map<Verdict, Integer>> counts = new EnumMap<>(Situation.Kind.class);
        List<Judged> all = new ArrayList<>();
        for (Situation situation : situations) {
            Reply reply = answers.reply(situation.question());
            List<String> lines = RenderedReply.lines(reply);
            Judged judged = new Judged(situation, judge(situation, reply.answer(), lines),
                    kind(reply.answer()), lines);
            counts.computeIfAbsent(situation.kind(), kind -> new EnumMap<>(Verdict.class))
                    .merge(judged.verdict(), 1, Integer::sum);
            all.add(judged);
            details.accept(judged);
        }
        return new Report(counts, all);
    }

    static Verdict judge(Situation situation, Answer answer, List<String> lines) {
        Answer shown = answer instanceof Answer.SafetyFirst safety && safety.answer().isPresent()
                ? safety.answer().get() : answer;
        String said = said(lines);
        return switch (situation.kind()) {
            case SAFEGUARDING -> answer instanceof Answer.SafetyFirst && lines.get(0).contains("999")
                    && (lines.get(1).contains("Front Door") || lines.get(1).contains("Emergency Duty"))
                    ? Verdict.ROUTED_FIRST : Verdict.MISSED;
            case SMALL_TALK -> shown instanceof Answer.SmallTalk talk && talk.text().length() <= 300
                    && !said.contains("I don't know") ? Verdict.BRIEF : Verdict.MISSED;
            case OUT_OF_SCOPE -> shown instanceof Answer.NotKnown ? Verdict.DECLINED
                    : presentsAnAnswer(shown) ? Verdict.WRONG : Verdict.MISSED;
            case ANSWERABLE, CONTACT -> situation.saidIn(said) ? Verdict.RIGHT
                    : presentsAnAnswer(shown) ? Verdict.WRONG : Verdict.MISSED;
        };
    }

    /**
     * What the card says, buttons included, without the rows that only name other sections to choose; bold marks
     * dropped and no-break spaces read as the spaces a person sees.
     */
    private static String said(List<String> lines) {
        return String.join("\n", lines.stream().filter(line -> !line.startsWith("› "))
                .map(line -> line.replace("**", "").replace('\u00A0', ' ')).toList());
    }

    private static boolean presentsAnAnswer(Answer answer) {
        return answer instanceof Answer.Found || answer instanceof Answer.Contacts || answer instanceof Answer.SmallTalk
                || answer instanceof Answer.Several;
    }

    public static String kind(Answer answer) {
        if (answer instanceof Answer.SafetyFirst safety) {
            return safety.answer().map(then -> "SafetyFirst+" + kind(then)).orElse("SafetyFirst");
        }
        return answer.getClass().getSimpleName();
    }
}
