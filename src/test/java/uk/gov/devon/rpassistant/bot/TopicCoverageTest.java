package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;

/**
 * Every topic the knowledge base must cover is answered, through the bot over HTTP, from its own document:
 * a confident answer card whose source line names that document, or, where two sections are close, a "did you
 * mean" card whose first choice is in that document (one press away).
 */
class TopicCoverageTest extends BotHttpTest {

    @Autowired
    KnowledgeBase knowledgeBase;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            why does Devon want to keep more children in their own homes | devons-vision
            what is restorative practice?                                  | what-is-restorative-practice
            is restorative practice the same as restorative justice        | restorative-practice-and-restorative-justice
            what is the social discipline window                           | working-with
            what does high support and high challenge mean                 | working-with
            what is fair process                                           | fair-process
            what are the restorative questions                             | restorative-questions
            what is the restorative continuum                              | restorative-continuum
            how do I write an affective statement                          | affective-statements
            how do I run a check-in circle                                 | circles-and-check-ins
            what happens at a restorative conference                       | restorative-conferences
            what is a family group conference                              | family-group-conferences
            what does FGC Plus do in Devon                                 | fgc-plus
            what is motivational interviewing                              | motivational-interviewing
            what is the spirit of MI                                       | mi-spirit
            what does OARS stand for                                       | mi-oars
            what is DARN-CAT                                               | change-talk
            what are the four processes of MI                              | mi-four-processes
            does MI work in child protection                               | mi-in-child-protection
            how does MI fit with restorative practice in Devon's curriculum | rp-and-mi-together
            who was Rita Pierson                                           | rita-pierson
            who are Mark Finnis and Simon Flowers                          | mark-finnis-and-simon-flowers
            what is the IIRP                                               | iirp
            what did Leeds do with restorative practice                    | leeds
            does Devon use Signs of Safety                                 | signs-of-safety
            how do I book restorative practice training?                   | training
            where is the restorative SharePoint site                       | restorative-sharepoint
            are there social work jobs in Devon                            | careers
            I'm a new starter, where do I begin                            | start-here
            where do I take a safeguarding concern in working hours        | safeguarding-routes
            when should I use the Emergency Duty Service                   | out-of-hours
            does this bot keep what I type                                 | about-this-assistant
            """)
    void eachTopicIsAnsweredFromItsOwnDocument(String question, String documentId) throws Exception {
        post(activities.personalMessage(question));

        JsonNode card = onlyCard();
        String title = knowledgeBase.content().document(documentId).orElseThrow().title();
        if (texts(card).stream().noneMatch(text -> text.startsWith("From: "))) {
            String firstChoice = card.findValues("sectionId").get(0).asText();
            assertThat(firstChoice).as("first choice for: " + question).startsWith(documentId);
        } else {
            assertThat(texts(card)).as("answer card for: " + question)
                    .anyMatch(text -> text.startsWith("From: " + title + " (Devon restorative practice knowledge base)"));
        }
    }
}
