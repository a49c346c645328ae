package uk.gov.devon.rpassistant.answer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.gov.devon.rpassistant.knowledge.Contact;
import uk.gov.devon.rpassistant.knowledge.Link;

/** What the assistant says to a message: one of seven kinds, each with who to ask next. */
public sealed interface Answer {

    /**
     * A confident answer: the best sentences of one section.
     *
     * @param didYouMean the question as corrected for spelling, when it was
     * @param moreInDocument other parts of the same document, listed under the answer
     * @param orDidYouMean a close section of another document, offered (with its opening) in case it was meant
     */
    record Found(String sectionId, String documentTitle, String heading, String passage, List<Link> links,
            Optional<Contact> contact, Optional<String> didYouMean, List<Choice> moreInDocument,
            Optional<Alternative> orDidYouMean, Freshness freshness) implements Answer {
        public Found {
            Objects.requireNonNull(sectionId, "sectionId");
            Objects.requireNonNull(freshness, "freshness");
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

    /** Someone asked how to reach a service: its details, from the contacts data file. */
    record Contacts(List<Contact> contacts) implements Answer {
        public Contacts {
            contacts = List.copyOf(contacts);
        }
    }

    /** A question in two or three parts: an answer to each, in the order asked. */
    record Several(List<Answer> parts) implements Answer {
        public Several {
            parts = List.copyOf(parts);
            if (parts.size() < 2 || parts.stream().anyMatch(part -> part instanceof Several
                    || part instanceof SafetyFirst)) {
                throw new IllegalArgumentException("two or more single answers");
            }
        }
    }

    /** Thanks, a greeting, "are you a bot?": a short friendly reply, no search. */
    record SmallTalk(String text) implements Answer {
        public SmallTalk {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The message may describe a child at risk: the emergency routes come first, the one open now first. With a
     * clear risk they stand alone; with a possible one the answer to the question follows them (none when the
     * message was small talk).
     *
     * @param clear a clear risk, not a possible one
     */
    record SafetyFirst(List<Route> routes, Optional<Answer> answer, boolean clear) implements Answer {
        public SafetyFirst {
            routes = List.copyOf(routes);
            if (answer.isPresent() && answer.get() instanceof SafetyFirst) {
                throw new IllegalArgumentException("the answer under the routes is not itself a safety card");
            }
            if (clear && answer.isPresent()) {
                throw new IllegalArgumentException("a clear risk's routes stand alone");
            }
        }
    }

    /** An emergency route and whether it is open at the moment of the reply. */
    record Route(Contact contact, boolean openNow) {

        /** The police's emergency number: always first, and the card's heading. */
        public static final String POLICE = "police-emergency";

        public Route {
            Objects.requireNonNull(contact, "contact");
        }

        public boolean isPolice() {
            return contact.id().equals(POLICE);
        }
    }

    /** Who keeps a document and when it was checked; past its review date it may be out of date. */
    record Freshness(String owner, LocalDate reviewed, LocalDate reviewBy, boolean outOfDate) {
        public Freshness {
            Objects.requireNonNull(owner, "owner");
        }
    }

    /** A close section of another document, with the sentence of it that best fits the question. */
    record Alternative(Choice choice, String preview) {
        public Alternative {
            Objects.requireNonNull(choice, "choice");
            Objects.requireNonNull(preview, "preview");
        }
    }

    /** A section offered as a possible answer; a lead section's heading is its document's title. */
    record Choice(String sectionId, String documentTitle, String heading) {

        public String title() {
            return heading.equals(documentTitle) ? documentTitle : documentTitle + ": " + heading;
        }
    }
}
