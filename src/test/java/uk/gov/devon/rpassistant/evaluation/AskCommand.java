package uk.gov.devon.rpassistant.evaluation;

import java.nio.file.Path;
import uk.gov.devon.rpassistant.answer.Reply;
import uk.gov.devon.rpassistant.bot.RenderedReply;

/**
 * {@code ./mvnw -q test-compile exec:java@ask -Dexec.args="'what is fair process' 'hello'"}: each question through
 * the bot's answering path, with the kind of answer and the card's text, for trying a change by hand.
 */
final class AskCommand {

    private AskCommand() {
    }

    public static void main(String[] args) {
        try (AnsweringStack stack = AnsweringStack.open(Path.of(System.getProperty("knowledge-base.path",
                "knowledge-base")))) {
            for (String question : args) {
                Reply reply = stack.answers().reply(question);
                System.out.println("> " + question + "  [" + SituationsEvaluation.kind(reply.answer()) + "]");
                RenderedReply.lines(reply).forEach(line -> System.out.println("    " + line.replace('\n', ' ')));
            }
        }
    }
}
