package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.schema.Attachment;
import org.springframework.stereotype.Component;

/** The welcome in a personal chat, and the short introduction when the app is added to a team or group chat. */
@Component
class WelcomeCards {

    Attachment personal() {
        Cards card = new Cards("Welcome to RP Assistant.");
        card.heading("Welcome to RP Assistant")
                .text("I answer questions about restorative practice in Devon Children's Services: working WITH "
                        + "families, restorative conversations, Motivational Interviewing, family group conferences, "
                        + "training and who to contact. I always say where an answer came from and who to ask next.",
                        false)
                .text("Try one of these:", false)
                .choices(MenuCards.exampleButtons())
                .text("New to Devon? Choose **Start here** for a short guided path through the core ideas.", false)
                .text(MenuCards.NOT_A_REFERRAL, true);
        card.action(Cards.submit("Start here", new CardAction.Start()));
        card.action(Cards.submit("Show topics", new CardAction.Topics()));
        return card.attachment();
    }

    Attachment team() {
        Cards card = new Cards("Hello, I'm RP Assistant.");
        card.heading("Hello, I'm RP Assistant")
                .text("Mention me (@RP Assistant) with a question about restorative practice in Devon and I'll "
                        + "answer here. To share a resource with prompts for a team check-in, use **Find a resource** "
                        + "from the apps under the message box.", false)
                .text("I'm not a referral route. If a child is in immediate danger, call 999.", true);
        return card.attachment();
    }
}
