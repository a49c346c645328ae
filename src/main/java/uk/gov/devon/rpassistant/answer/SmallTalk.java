package uk.gov.devon.rpassistant.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.gov.devon.rpassistant.knowledge.EmbeddingCache;
import uk.gov.devon.rpassistant.knowledge.TextEmbedder;

/**
 * Thanks, greetings, goodbyes and questions about the assistant itself get a short, friendly reply without a
 * search. Only a message that is nothing but small talk is answered here; "hi, what is fair process?" is a
 * question with a greeting in front, and {@link #withoutGreeting} leaves the question. Rules catch the usual
 * wordings; a short message close in meaning to one of the examples in {@code answer/small-talk.tsv} (each
 * numbered by the rule whose reply it gets) catches the rest.
 */
final class SmallTalk {

    private record Rule(Pattern pattern, String reply) {
    }

    /** Shortest and longest message (in words) that the meaning look-up considers small talk. */
    static final int MOST_WORDS = 8;
    /** How close in meaning to an example a short message must be to count as small talk. */
    static final double SIMILARITY = 0.62;
    /**
     * The same for e5-small-v2, whose similarities run higher: kept for comparison. On the situations set's and the
     * blind safety set's development halves, no short question not taken by a rule came closer than 0.886, and
     * "thanks thats really helpful!" came at 0.930.
     */
    static final double SIMILARITY_E5 = 0.90;

    /** How close a short message must be to an example, for a model (by {@code TextEmbedder.queryModelId()}). */
    static double similarityFor(String queryModelId) {
        return queryModelId.startsWith("e5-small") ? SIMILARITY_E5 : SIMILARITY;
    }

    /** Words that may follow small talk without making it a question: "thanks so much for your help". */
    private static final String FILLER = "(?: (?:rp|assistant|bot|mate|there|all|everyone|again|so|much|very|a|lot|"
            + "lots|loads|for|that|this|it|s|is|was|your|the|help|great|brilliant|lovely|perfect|helpful|useful|"
            + "really|today|just|what|i|needed|x+|you|re|are|a|star|legend|lifesaver|life|saver|gem|genius|"
            + "lot|kind|of|you))*";

    private static final List<Rule> RULES = List.of(
            rule("(?:thanks|thank you|thankyou|thank u|thx|ty|ta|cheers|many thanks|much appreciated|"
                    + "that s (?:great|brilliant|helpful|perfect|useful|lovely)|great|brilliant|perfect|lovely|"
                    + "super|ok thanks|okay thanks|ok|okay|nice one|you re a (?:star|legend|lifesaver|life saver|gem)|"
                    + "that helps|that helped|helpful|really helpful|very helpful|amazing|awesome|fab|fantastic|"
                    + "brill|sound|ace|cool|ok cool|great stuff|got it|gotcha|noted|understood|will do|"
                    + "much obliged|appreciate it|i appreciate that|lol|haha|nice)",
                    "You're welcome. Ask me again any time."),
            rule("(?:hi|hello|hey|hiya|heya|morning|afternoon|evening|good (?:morning|afternoon|evening|day)|"
                    + "greetings|yo|hi there|hello there|hey there|morning all|hi all|hello all|hiya all|alright|"
                    + "hi again|hello again|anyone there|are you there|you there|test|testing|just testing|"
                    + "is this (?:thing )?(?:on|working)|are you (?:on|working|awake|alive))",
                    "Hello. Ask me anything about restorative practice in Devon Children's Services, "
                    + "or type **start here** if you're new."),
            rule("(?:bye|goodbye|good bye|bye bye|see you|see ya|cya|later|ttfn|night|good night|goodnight|"
                    + "that s all|that s everything|nothing else|speak soon|talk soon|catch you later|"
                    + "have a good (?:day|weekend|evening|one)|signing off|i m off|off now|all done|done)",
                    "Bye for now. Take care."),
            rule("(?:(?:sorry|so sorry|oops) )?(?:sorry|so sorry|my mistake|my bad|oops|never mind|nevermind|nvm|"
                    + "no worries|no problem|forget it|ignore that|ignore me|wrong chat|wrong person)"
                    + "(?: (?:for|to) (?:(?:all|so|many|the|these|my) )*(?:questions|messages|asking|bothering you|"
                    + "bother you|the bother|being a pain|going on))?",
                    "No problem. Ask me whenever you're ready."),
            rule("(?:how are you|how are you doing|how are things|how s it going|you ok|you alright|are you ok|"
                    + "are you well|how s your day|how is your day|how s things|how do you do|what s up|sup|"
                    + "how are you doing today|you good)",
                    "I'm well, thanks. What can I help you with?"),
            rule("(?:are you (?:a |an )?(?:bot|robot|real|real person|human|person|ai|computer|machine|"
                    + "chatbot|chat bot)|am i (?:talking|speaking|chatting) to (?:a |an )?(?:bot|robot|human|"
                    + "real person|person|computer|ai)|is this (?:a |an )?(?:bot|robot|ai|real person|human)|"
                    + "what are you|who are you|what is this|what s your name|what is your name|"
                    + "what are you called|do you have a name|is this (?:ai|chatgpt|copilot|a chatbot)|"
                    + "are you (?:chatgpt|copilot|an ai|ai powered|a language model)|are you intelligent|"
                    + "are you clever|do you learn)",
                    "I'm RP Assistant, a bot. I answer from Devon's restorative practice knowledge base and say "
                    + "which page each answer came from. For anything I can't answer, ask the Children's Social "
                    + "Work Academy."),
            rule("(?:who (?:made|built|created|wrote|owns|designed|programmed|developed|runs) (?:you|this|this bot|"
                    + "the bot|rp assistant)|where do (?:you|your answers) come from|where does your "
                    + "(?:information|info|content) come from)",
                    "I was built for Devon County Council Children's Services. My answers come from Devon's "
                    + "restorative practice knowledge base, and each one says which page it came from and who "
                    + "to ask next."),
            rule("(?:what can you do|what do you do|what can i ask(?: you)?|what do you know(?: about)?|"
                    + "how do you work|how does this work|what are you for|help|help me|what can you help "
                    + "(?:me )?with|how can you help(?: me)?|can you help(?: me)?|how do i use (?:you|this|this bot)|"
                    + "what should i ask|what questions can i ask|what is rp assistant|what s rp assistant|"
                    + "what is this bot|what s this bot|what is this for|what s this for)",
                    "I can explain restorative practice (working WITH families, fair process, restorative "
                    + "questions, circles, conferences), Motivational Interviewing, family group conferences, "
                    + "training and who to contact. Type **topics** to browse, or **start here** if you're new."),
            rule("(?:can|could|may|how do|how can|i want to|i d like to|i need to|let me) (?:i )?(?:speak|talk|chat) "
                    + "(?:to|with) (?:a |an )?(?:actual |real |proper )?(?:human|person|human being|someone|somebody|"
                    + "real person)(?: instead| please| pls)?",
                    "I'm a bot, but a person can help: type **ask a practice lead** to send your question to Devon's "
                    + "practice leads, or contact the Children's Social Work Academy."),
            rule("(?:you re|you are|this is|this bot is|that s|that was|what a) (?:so |really |completely |totally )?"
                    + "(?:useless|rubbish|pointless|no help|no use|not helpful|unhelpful|terrible|awful|hopeless|"
                    + "a waste of time|crap|pants)(?: (?:it|you) never knows? anything| bot)?|"
                    + "(?:it|you) never knows? anything|(?:you|it) (?:don t|doesn t) know anything",
                    "Sorry I haven't been much help. Try asking in other words, type **topics** to browse, or type "
                    + "**ask a practice lead** to ask a person."),
            rule("(?:do|can|will) you (?:remember|recall) (?:me|what i (?:asked|said|told you)(?: you)?|our "
                    + "(?:chat|conversation|last chat)|my (?:last |earlier )?questions?|what we (?:said|talked about))"
                    + "(?: (?:yesterday|earlier|before|last time|last week|the other day|previously))?|"
                    + "do you (?:have a memory|keep our chats?|remember things)",
                    "I answer each message on its own, so I don't look back at earlier ones. Ask me again and I'll "
                    + "answer it now."));

    /** A message that starts with thanks and asks nothing ("Thank you so much, that's really helped me..."). */
    private static final Pattern THANKS_FIRST = Pattern.compile(
            "^(?:(?:ok|okay|oh|great|brilliant|lovely|perfect) )?(?:thanks|thank you|thankyou|thank u|thx|ty|cheers|"
            + "many thanks|ta) .*");
    private static final Pattern ASKS = Pattern.compile("\\b(?:what|whats|how|who|whos|where|when|why|which|can|"
            + "could|would|should|is|are|do|does|did|will|any|tell|explain|give|show|but|however|though|although)\\b");
    /** The longest thanks (in words) read as nothing but thanks. */
    private static final int LONGEST_THANKS = 25;

    private static final Pattern GREETING = Pattern.compile(
            "^(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|morning|afternoon)(?: there)?\\b[\\s,!.:;-]*",
            Pattern.CASE_INSENSITIVE);

    private final List<float[]> exampleVectors;
    private final List<String> exampleReplies;
    private final double similarity;

    /** With the examples' meanings ({@code answer/small-talk.tsv}), for small talk that no rule was written for. */
    SmallTalk(TextEmbedder embedder, EmbeddingCache cache) {
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> replies = new ArrayList<>();
        for (String line : examples()) {
            String[] parts = line.split("\t", 2);
            int rule = Integer.parseInt(parts[0]);
            texts.put("e" + texts.size(), parts[1]);
            replies.add(RULES.get(rule).reply());
        }
        Map<String, float[]> vectors = cache.vectors("small-talk", texts, embedder.asQueries());
        this.exampleVectors = texts.keySet().stream().map(vectors::get).toList();
        this.exampleReplies = List.copyOf(replies);
        this.similarity = similarityFor(embedder.queryModelId());
    }

    /** The reply when the whole message is small talk: by rule, or by meaning for a short message. */
    Optional<String> reply(String message, float[] meaning) {
        Optional<String> byRule = reply(message);
        if (byRule.isPresent() || meaning == null || PlainWords.of(message).split(" ").length > MOST_WORDS) {
            return byRule;
        }
        int best = -1;
        double bestSimilarity = similarity;
        for (int i = 0; i < exampleVectors.size(); i++) {
            double similarity = dot(meaning, exampleVectors.get(i));
            if (similarity >= bestSimilarity) {
                best = i;
                bestSimilarity = similarity;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(exampleReplies.get(best));
    }

    /** The reply when the whole message is small talk, by the rules alone. */
    static Optional<String> reply(String message) {
        String text = PlainWords.of(message);
        if (text.isEmpty() && message != null && message.codePoints().anyMatch(SmallTalk::isEmoji)) {
            return Optional.of(RULES.get(0).reply());
        }
        if (THANKS_FIRST.matcher(text).matches() && !message.contains("?") && !ASKS.matcher(text).find()
                && text.split(" ").length <= LONGEST_THANKS) {
            return Optional.of(RULES.get(0).reply());
        }
        if (text.isEmpty() || text.length() > 80) {
            return Optional.empty();
        }
        return RULES.stream().filter(rule -> rule.pattern().matcher(text).matches()).findFirst().map(Rule::reply);
    }

    /** The message with a greeting in front taken off, so that the question after it is answered. */
    static String withoutGreeting(String message) {
        String rest = GREETING.matcher(message.strip()).replaceFirst("");
        return rest.isBlank() ? message : rest;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length && i < b.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static List<String> examples() {
        try (InputStream in = SmallTalk.class.getClassLoader().getResourceAsStream("answer/small-talk.tsv")) {
            if (in == null) {
                throw new IllegalStateException("answer/small-talk.tsv is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the small talk examples", e);
        }
    }

    /** A thumbs-up, a smile: a reaction typed as a message. */
    private static boolean isEmoji(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.OTHER_SYMBOL || type == Character.SURROGATE;
    }

    private static Rule rule(String core, String reply) {
        return new Rule(Pattern.compile("(?:(?:hi|hello|hey|ok|okay|oh|well|and|so) )?" + core + FILLER), reply);
    }
}
