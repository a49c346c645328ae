package uk.gov.devon.rpassistant.insights;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.devon.rpassistant.knowledge.KnowledgeBase;
import uk.gov.devon.rpassistant.knowledge.KnowledgeContent;
import uk.gov.devon.rpassistant.knowledge.KnowledgeDocument;
import uk.gov.devon.rpassistant.knowledge.Section;
import uk.gov.devon.rpassistant.privacy.CaseDetails;

/**
 * What of a typed text may be kept: the text itself when nothing in it looks like case details or a person's
 * name, else nothing. A message that carries a date of birth, a number or an address is about a particular
 * child or family, and names are then likely beside them in forms no pattern can be sure of; so rather than keep
 * a partly redacted text, nothing of it is kept ("unsure"). A capitalised word inside a sentence that is not a
 * word the knowledge base uses is taken for a name, with the same result.
 */
public final class StorableText {

    /** Longest text kept. */
    static final int MAX_LENGTH = 500;
    private static final Pattern CAPITALISED = Pattern.compile("(?<![.!?]\\s{1,3}|^)\\b([A-Z][a-z']+)\\b");
    private static final Set<String> ALWAYS = Set.of("I", "I'm", "I've", "I'd", "Devon", "Teams", "Mr", "Mrs", "Ms",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "English", "British",
            "Christmas", "Easter", "Exeter", "Plymouth", "Torbay", "Barnstaple", "UK", "England",
            // Systems and bodies staff name in questions, which are not people.
            "Mosaic", "Liquidlogic", "Eclipse", "Outlook", "Microsoft", "Excel", "Share", "Point", "Zoom", "Google",
            "Ofsted", "Barnardo's", "Cafcass");

    private static final Pattern WORD = Pattern.compile("[a-z']+");

    private final CaseDetails caseDetails;
    private final KnowledgeBase knowledgeBase;

    public StorableText(CaseDetails caseDetails, KnowledgeBase knowledgeBase) {
        this.caseDetails = caseDetails;
        this.knowledgeBase = knowledgeBase;
    }

    public Optional<String> of(String text) {
        if (text == null || text.isBlank() || caseDetails.found(text) || mayNameSomeone(text)) {
            return Optional.empty();
        }
        String kept = text.strip().replaceAll("\\s+", " ");
        return Optional.of(kept.length() > MAX_LENGTH ? kept.substring(0, MAX_LENGTH) : kept);
    }

    private boolean mayNameSomeone(String text) {
        Set<String> knownWords = knowledgeBase.derived(KnownWords.class, KnownWords::of).words();
        Matcher matcher = CAPITALISED.matcher(text.strip());
        while (matcher.find()) {
            String word = matcher.group(1);
            if (!ALWAYS.contains(word) && !knownWords.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The lower-case words the knowledge base uses (titles, headings, text, listed questions): not names. */
    private record KnownWords(Set<String> words) {

        static KnownWords of(KnowledgeContent content) {
            Set<String> words = new HashSet<>();
            for (KnowledgeDocument document : content.documents()) {
                add(words, document.title() + " " + document.topic());
                for (Section section : document.sections()) {
                    add(words, section.heading() + " " + section.text() + " " + String.join(" ", section.questions()));
                }
            }
            content.synonymRules().forEach(rule -> add(words, rule));
            return new KnownWords(Set.copyOf(words));
        }

        private static void add(Set<String> words, String text) {
            Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (matcher.find()) {
                words.add(matcher.group());
            }
        }
    }
}
