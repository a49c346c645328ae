package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.schema.Attachment;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.experts.ExpertDesk;
import uk.gov.devon.rpassistant.experts.ExpertQuestion;

/**
 * The cards of "Ask a practice lead": the asker's form and confirmation, the question's card in the experts'
 * channel at each stage (open, taken, answered), the reminder, and the answer as the asker receives it.
 */
@Component
class ExpertCards {

    static final String FORM_TITLE = "Ask a practice lead";
    static final String NO_DETAILS = "Don't add names, dates of birth, addresses or case numbers: ask about practice, "
            + "not about a family.";
    static final String SENT = "Sent to the practice leads";
    static final String TAKEN_BY = "Taken by ";
    static final String ANSWERED_BY = "Answered by ";
    static final String ANSWER_ARRIVED = "A practice lead answered your question";
    static final int MAX_ANSWER = 2000;

    Attachment form(String question, String note, String problem) {
        Cards card = new Cards(FORM_TITLE);
        if (!problem.isEmpty()) {
            card.notice(problem);
        }
        card.heading(FORM_TITLE)
                .text("Your question goes to Devon's practice leads in Teams. They see your question and note, not "
                        + "your name, and their answer comes back to you here.", false)
                .notice(NO_DETAILS)
                .input("question", "Your question", question, ExpertDesk.MAX_LENGTH)
                .input("note", "Anything that would help them answer (optional)", note, ExpertDesk.MAX_LENGTH)
                .action(Cards.submit("Send", new CardAction.SendToLead("", "")));
        return card.attachment();
    }

    Attachment sent(ExpertQuestion question, String expectedWait, boolean posted) {
        Cards card = new Cards(SENT);
        card.heading(SENT + ".")
                .text("**Your question:** " + question.question(), false)
                .text("Who will see it: the practice leads in their Teams channel. They see the question"
                        + (question.note().isPresent() ? " and your note" : "") + ", not your name.", false)
                .text("When: most questions should be answered within " + expectedWait + ". I'll send the answer "
                        + "to this chat.", false);
        if (!posted) {
            card.text("I couldn't reach the practice leads' channel just now. Your question is saved and I'll post "
                    + "it as soon as I can.", true);
        }
        return card.text("If a child is in immediate danger, call [999](tel:999).", true).attachment();
    }

    /** The question's card in the experts' channel, as it stands. */
    Attachment channel(ExpertQuestion question, Instant now) {
        Cards card = new Cards("A question for a practice lead: " + question.question());
        card.text("Question for a practice lead · asked " + ago(question.askedAt(), now), true)
                .heading(question.question());
        question.note().ifPresent(note -> card.text("**Note from the asker:** " + note, false));
        question.topic().ifPresent(topic -> card.text("**Topic (the bot's guess):** " + topic, false));
        if (!question.nearest().isEmpty()) {
            card.text("**Nearest in the knowledge base:** " + question.nearest().stream()
                    .map(ExpertQuestion.NearestDocument::title).collect(Collectors.joining("; ")), false);
        }
        switch (question.status()) {
            case OPEN -> card.action(Cards.submit("I'll take this", new CardAction.Claim(question.id())));
            case CLAIMED -> {
                ExpertQuestion.Claim claim = question.claim().orElseThrow();
                card.text(TAKEN_BY + claim.name() + ".", false)
                        .input("answer", "Answer (" + claim.name() + " only; no names or case details)", "",
                                MAX_ANSWER)
                        .action(Cards.submit("Send answer", new CardAction.Reply(question.id(), "")));
            }
            case ANSWERED -> card.text(ANSWERED_BY + question.claim().map(ExpertQuestion.Claim::name).orElse("")
                    + ":", false).text(question.answer().orElse(""), false)
                    .text("Content owners can turn this into knowledge-base content from the insights page.", true);
        }
        return card.attachment();
    }

    Attachment reminder(ExpertQuestion question, Instant now) {
        return new Cards("Still waiting for a practice lead.")
                .text("Still waiting for a practice lead after " + age(question.askedAt(), now) + ": "
                        + question.question(), false)
                .action(Cards.submit("I'll take this", new CardAction.Claim(question.id())))
                .attachment();
    }

    /** The answer as the asker receives it, with Helpful and Not helpful (or the thanks once pressed). */
    Attachment answer(ExpertQuestion question, String thanks) {
        String name = question.claim().map(ExpertQuestion.Claim::name).orElse("A practice lead");
        Cards card = new Cards(ANSWER_ARRIVED + ".");
        card.heading(ANSWER_ARRIVED + ".")
                .text("**Your question:** " + question.question(), false)
                .text("**" + name + " answered:**", false)
                .text(question.answer().orElse(""), false)
                .text("Answers from practice leads are their advice on practice; check policy with your manager.",
                        true);
        if (thanks.isEmpty()) {
            card.action(Cards.submit("Helpful", new CardAction.RateAnswer(question.id(), true)));
            card.action(Cards.submit("Not helpful", new CardAction.RateAnswer(question.id(), false)));
        } else {
            card.text(thanks, false);
        }
        return card.attachment();
    }

    /** "just now", "2 hours ago". */
    static String ago(Instant then, Instant now) {
        return Duration.between(then, now).toMinutes() < 1 ? "just now" : age(then, now) + " ago";
    }

    /** "2 hours", "3 days": how long, roughly. */
    static String age(Instant then, Instant now) {
        Duration age = Duration.between(then, now);
        if (age.toDays() >= 1) {
            return plural(age.toDays(), "day");
        }
        if (age.toHours() >= 1) {
            return plural(age.toHours(), "hour");
        }
        return plural(Math.max(1, age.toMinutes()), "minute");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
