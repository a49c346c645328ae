package uk.gov.devon.rpassistant.answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.gov.devon.rpassistant.knowledge.Contact;
import uk.gov.devon.rpassistant.knowledge.Link;

/** What the assistant says to a question: one of four kinds, each with who to ask next. */
public sealed interface Answer {

    /**
     * A confident answer: the best sentences of one section.
     *
     * @param didYouMean the question as corrected for spelling, when it was
     */
    record Found(String sectionId, String documentTitle, String heading, String passage, List<Link> links,
            Optional<Contact> contact, Optional<String> didYouMean, List<Choice> moreInDocument) implements Answer {
        public Found {
            Objects.requireNonNull(sectionId, "sectionId");
            links = List.copyOf(links);
            moreInDocument = List.copyOf(moreInDocument);
        }
    }

    /** Not sure: up to three sections that may be what the person meant, each answered when chosen. */
    record Choices(List<Choice> choices, Optional<Contact> contact, Optional<String> didYouMean) implements Answer {
        public Choices {
            choices = List.copyOf(choices);
            if (choices.isEmpty()) {
                throw new IllegalArgumentException("at least one choice");
            }
        }

        /** The one document all the choices come from, when they do: the question is which part of it. */
        public Optional<String> sameDocument() {
            String first = choices.get(0).documentTitle();
            return choices.stream().allMatch(choice -> choice.documentTitle().equals(first))
                    ? Optional.of(first) : Optional.empty();
        }
    }

    /** The knowledge base does not cover it: say so, and say who can help. */
    record NotKnown(Optional<Contact> contact) implements Answer {
    }

    /** The message describes a child at risk: the emergency routes come first, and nothing else. */
    record SafetyFirst(List<Contact> routes) implements Answer {
        public SafetyFirst {
            routes = List.copyOf(routes);
        }
    }

    /** A section offered as a possible answer; a lead section's heading is its document's title. */
    record Choice(String sectionId, String documentTitle, String heading) {

        public String title() {
            return heading.equals(documentTitle) ? documentTitle : documentTitle + ": " + heading;
        }
    }
}
