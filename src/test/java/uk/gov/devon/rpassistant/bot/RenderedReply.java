package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import uk.gov.devon.rpassistant.answer.Reply;

/**
 * The text a person sees for a reply, line by line, from the very card the bot sends (text blocks, choice rows
 * and button titles, in order): what the evaluation judges.
 */
public final class RenderedReply {

    private static final AnswerCards CARDS = new AnswerCards();

    private RenderedReply() {
    }

    public static List<String> lines(Reply reply) {
        JsonNode card = (JsonNode) CARDS.render(reply, true).getContent();
        List<String> lines = new ArrayList<>();
        collect(card.path("body"), lines);
        card.path("actions").forEach(action -> lines.add("[" + action.path("title").asText() + "]"));
        return lines;
    }

    private static void collect(JsonNode elements, List<String> lines) {
        for (JsonNode element : elements) {
            if (element.path("type").asText().equals("TextBlock")) {
                lines.add(element.path("text").asText());
            }
            collect(element.path("items"), lines);
        }
    }
}
