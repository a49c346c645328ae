package uk.gov.devon.rpassistant.bot;

import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ThumbnailCard;
import com.microsoft.bot.schema.teams.MessagingExtensionAttachment;
import com.microsoft.bot.schema.teams.MessagingExtensionParameter;
import com.microsoft.bot.schema.teams.MessagingExtensionQuery;
import com.microsoft.bot.schema.teams.MessagingExtensionResponse;
import com.microsoft.bot.schema.teams.MessagingExtensionResult;
import java.util.List;
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
    private static final int RESULTS = 10;

    private final ResourceFinder finder;

    ResourceSearch(ResourceFinder finder) {
        this.finder = finder;
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
        return query.getParameters().stream().filter(parameter -> name.equals(parameter.getName()))
                .map(MessagingExtensionParameter::getValue).filter(value -> value != null)
                .map(Object::toString).findFirst();
    }
}
