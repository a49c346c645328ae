package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Attachment;
import java.util.List;
import java.util.Map;

/**
 * Small builders for Adaptive Card 1.5 elements as JSON trees (never by string replacement). Every element
 * carries its meaning in text, so a screen reader reads the whole card; no image or colour stands alone.
 */
final class Cards {

    static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectNode card = JSON.objectNode();
    private final ArrayNode body = JSON.arrayNode();
    private final ArrayNode actions = JSON.arrayNode();

    Cards(String speak) {
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", "1.5");
        card.put("speak", speak);
    }

    /** Continues a card built earlier: its body and actions can be added to. */
    static Cards from(Attachment attachment) {
        ObjectNode earlier = (ObjectNode) attachment.getContent();
        Cards card = new Cards(earlier.path("speak").asText(""));
        earlier.withArray("body").forEach(card.body::add);
        if (earlier.has("actions")) {
            earlier.withArray("actions").forEach(card.actions::add);
        }
        return card;
    }

    Cards heading(String text) {
        body.add(text(text).put("size", "Medium").put("weight", "Bolder").put("style", "heading"));
        return this;
    }

    Cards text(String text, boolean subtle) {
        ObjectNode block = text(text);
        if (subtle) {
            block.put("isSubtle", true).put("size", "Small");
        }
        body.add(block);
        return this;
    }

    /** A notice that stands out by its words and place (first), not by colour alone. */
    Cards notice(String text) {
        body.add(text(text).put("weight", "Bolder").put("color", "Attention"));
        return this;
    }

    /** A box with a value already in it (the person can change it), of at most {@code maxLength} characters. */
    Cards input(String id, String label, String value, int maxLength) {
        body.add(JSON.objectNode().put("type", "Input.Text").put("id", id).put("label", label).put("value", value)
                .put("isMultiline", true).put("maxLength", maxLength));
        return this;
    }

    Cards input(String id, String label, String placeholder) {
        body.add(JSON.objectNode().put("type", "Input.Text").put("id", id).put("label", label)
                .put("placeholder", placeholder).put("isMultiline", true).put("maxLength", 500));
        return this;
    }

    /**
     * A list of choices, one a row: each row's whole text is shown (wrapped, never cut off as a button title
     * would be on a phone) and the row is the button. The action's title names it for screen readers.
     */
    Cards choices(List<ObjectNode> submitActions) {
        for (ObjectNode action : submitActions) {
            ObjectNode row = JSON.objectNode().put("type", "Container").put("style", "emphasis")
                    .put("spacing", "Small");
            row.set("selectAction", action);
            row.set("items", JSON.arrayNode().add(text("› " + action.path("title").asText())
                    .put("color", "Accent")));
            body.add(row);
        }
        return this;
    }

    /** Another card's body and actions added under this one's. */
    Cards append(Cards other) {
        other.body.forEach(body::add);
        other.actions.forEach(actions::add);
        return this;
    }

    Cards action(ObjectNode action) {
        actions.add(action);
        return this;
    }

    Attachment attachment() {
        card.set("body", body);
        if (!actions.isEmpty()) {
            card.set("actions", actions);
        }
        Attachment attachment = new Attachment();
        attachment.setContentType(CONTENT_TYPE);
        attachment.setContent(card);
        return attachment;
    }


    static ObjectNode submit(String title, CardAction action) {
        return submit(title, action.data());
    }

    private static ObjectNode submit(String title, Map<String, String> data) {
        ObjectNode values = JSON.objectNode();
        data.forEach(values::put);
        ObjectNode action = JSON.objectNode().put("type", "Action.Submit").put("title", title);
        action.set("data", values);
        return action;
    }

    /** A button that opens a small form inside the card: a question box and a button that asks it. */
    static ObjectNode askAQuestion() {
        ObjectNode form = JSON.objectNode().put("type", "AdaptiveCard").put("version", "1.5");
        form.set("body", JSON.arrayNode().add(JSON.objectNode().put("type", "Input.Text").put("id", "question")
                .put("label", "Your question").put("placeholder", "For example: what is fair process?")
                .put("maxLength", 300)));
        form.set("actions", JSON.arrayNode().add(submit("Ask", new CardAction.Ask(java.util.Optional.empty()))));
        ObjectNode action = JSON.objectNode().put("type", "Action.ShowCard").put("title", "Ask a question");
        action.set("card", form);
        return action;
    }

    /** "Read more on iirp.edu": where the link goes, and saying so when the page is not one of Devon's. */
    static ObjectNode readMore(String url) {
        boolean devon = url.matches("https://([a-z0-9-]+\\.)*devon\\.gov\\.uk(/.*)?");
        String site = url.replaceFirst("^https://(www\\.)?", "").replaceFirst("[/?#].*$", "");
        return openUrl("Read more on " + site + (devon ? "" : " (external site)"), url);
    }

    static ObjectNode openUrl(String title, String url) {
        return JSON.objectNode().put("type", "Action.OpenUrl").put("title", title).put("url", url);
    }

    private static ObjectNode text(String text) {
        return JSON.objectNode().put("type", "TextBlock").put("text", text).put("wrap", true);
    }
}
