package uk.gov.devon.rpassistant.bot;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ThumbnailCard;
import com.microsoft.bot.schema.teams.MessagingExtensionAttachment;
import com.microsoft.bot.schema.teams.MessagingExtensionParameter;
import com.microsoft.bot.schema.teams.MessagingExtensionQuery;
import com.microsoft.bot.schema.teams.MessagingExtensionResponse;
import com.microsoft.bot.schema.teams.MessagingExtensionResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.gov.devon.rpassistant.knowledge.KnowledgeDocument;
import uk.gov.devon.rpassistant.knowledge.ResourceFinder;

/**
 * The "Find a resource" messaging extension: as a manager types, matching resources appear (title and summary);
 * the chosen one goes into their message as a card with its summary, link and prompts for a team check-in.
 */
@Component
class ResourceSearch {

    static final String COMMAND = "findResource";
    /** The invoke Teams sends as a manager types in the search box. */
    static final String QUERY = "composeExtension/query";
    static final String MALFORMED = "A messaging-extension query needs a \"value\" object with the command's "
            + "\"parameters\" (a list of name and value).";
    private static final int RESULTS = 10;

    private final ResourceFinder finder;
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    ResourceSearch(ResourceFinder finder) {
        this.finder = finder;
    }

    /** The answer to a query invoke: 200 with the results, or 400 with a reason when its value is not a query. */
    InvokeResponse answer(Object value) {
        MessagingExtensionQuery query;
        try {
            query = value instanceof Map<?, ?> ? mapper.convertValue(value, MessagingExtensionQuery.class) : null;
        } catch (IllegalArgumentException e) {
            query = null;
        }
        if (query == null) {
            return new InvokeResponse(400, Map.of("error", MALFORMED));
        }
        return new InvokeResponse(200, query(query));
    }

    MessagingExtensionResponse query(MessagingExtensionQuery query) {
        String typed = parameter(query, "query").orElse("");
        List<MessagingExtensionAttachment> results = finder.find(typed, RESULTS).stream()
                .map(ResourceSearch::result).toList();
        MessagingExtensionResult result = new MessagingExtensionResult();
        result.setType("result");
        result.setAttachmentLayout("list");
        result.setAttachments(results);
        return new MessagingExtensionResponse(result);
    }

    static MessagingExtensionAttachment result(KnowledgeDocument document) {
        Cards card = new Cards(document.title() + ". " + document.summary());
        card.heading(document.title()).text(document.summary(), false);
        if (!document.prompts().isEmpty()) {
            card.text("**For your team check-in:**", false)
                    .text(String.join("\n", document.prompts().stream().map(prompt -> "- " + prompt).toList()), false);
        }
        card.text("Shared from RP Assistant (Devon restorative practice knowledge base).", true);
        document.links().stream().findFirst().ifPresent(link -> card.action(Cards.readMore(link.url())));
        Attachment content = card.attachment();

        ThumbnailCard preview = new ThumbnailCard();
        preview.setTitle(document.title());
        preview.setText(document.summary());

        MessagingExtensionAttachment attachment = new MessagingExtensionAttachment();
        attachment.setContentType(content.getContentType());
        attachment.setContent(content.getContent());
        attachment.setPreview(preview.toAttachment());
        return attachment;
    }

    private static Optional<String> parameter(MessagingExtensionQuery query, String name) {
        if (query.getParameters() == null) {
            return Optional.empty();
        }
        return query.getParameters().stream()
                .filter(parameter -> parameter != null && name.equals(parameter.getName()))
                .map(MessagingExtensionParameter::getValue).filter(value -> value != null)
                .map(Object::toString).findFirst();
    }
}
