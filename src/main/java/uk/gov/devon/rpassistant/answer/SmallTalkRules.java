package uk.gov.devon.rpassistant.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The wordings of small talk that get a reply by rule, each with its reply: what {@link SmallTalk} reads first.
 * The rules' numbers (their order) are the numbers in {@code answer/small-talk.tsv}. Rules read a message as plain
 * words ({@link PlainWords}) and must match the whole of it; a thanks that asks nothing is thanks however long.
 */
final class SmallTalkRules {

    record Rule(Pattern pattern, String reply) {
    }

    /** The number of the rule for "what can you do?", "help". */
    static final int WHAT_CAN_YOU_DO = 7;

    /** Words that may follow small talk without making it a question: "thanks so much for your help". */
    private static final String FILLER = "(?: (?:rp|assistant|bot|mate|there|all|everyone|again|so|much|very|a|lot|"
            + "lots|loads|for|that|this|it|s|is|was|your|the|help|great|brilliant|lovely|perfect|helpful|useful|"
            + "really|today|just|what|i|needed|x+|you|re|are|a|star|legend|lifesaver|life|saver|gem|genius|"
            + "lot|kind|of|you|cheers|thanks|thank|ta|million|mil|mate|then|now|though))*";

    static final List<Rule> RULES = List.of(
            rule("(?:thanks|thank you|thankyou|thank u|thx|thnx|thanx|thnaks|thansk|ty|ta|cheers|"
                    + "many thanks|much appreciated|"
                    + "that s (?:great|brilliant|helpful|perfect|useful|lovely)|great|brilliant|perfect|lovely|"
                    + "super|ok thanks|okay thanks|ok|okay|nice one|you re a (?:star|legend|lifesaver|"
                    + "life saver|gem)|you ve been (?:a |an |so |really |such a )?(?:star|legend|lifesaver|life saver|"
                    + "gem|great help|big help|help|helpful|brilliant|amazing|great)|"
                    + "that helps|that helped|helpful|really helpful|very helpful|amazing|awesome|fab|fantastic|"
                    + "brill|sound|ace|cool|ok cool|great stuff|got it|gotcha|noted|understood|will do|"
                    + "much obliged|appreciate it|i appreciate that|nice|superb|smashing|top|spot on|"
                    + "great stuff cheers)",
                    "You're welcome. Ask me again any time."),
            rule("(?:hi|hello|hey|hiya|heya|morning|afternoon|evening|good (?:morning|afternoon|evening|day)|"
                    + "greetings|yo|hi there|hello there|hey there|morning all|hi all|hello all|hiya all|alright|"
                    + "hi again|hello again|anyone there|are you there|you there|test|testing|just testing|"
                    + "testing(?: 1 2 3| 123)|"
                    + "helo|hullo|mornin|morning all|howdy|"
                    + "is this (?:thing )?(?:on|working)|are you (?:on|working|awake|alive))"
                    + "(?: (?:first time(?: using (?:this|you))?|new here|hope (?:you re|youre|you are|u r|ur) "
                    + "(?:well|ok|good|keeping well)(?: today)?))?",
                    "Hello. Ask me anything about restorative practice in Devon Children's Services, "
                    + "or type **start here** if you're new."),
            rule("(?:bye|goodbye|good bye|bye bye|see you|see ya|cya|later|ttfn|night|good night|goodnight|"
                    + "that s all|that s everything|nothing else|speak soon|talk soon|catch you later|"
                    + "have a good (?:day|weekend|evening|one)|signing off|i m off|off now|all done|done|"
                    + "gotta go|got to go|gotta dash|brb|be right back|"
                    + "laters|laterz|night night|nite|nighty night|nite nite|"
                    + "(?:i m )?logging off(?: now)?(?: bye)?|that s me(?: done)?(?: for (?:today|the day|"
                    + "now))?(?: bye)?|"
                    + "i m done for (?:today|the day))",
                    "Bye for now. Take care."),
            rule("(?:(?:sorry|so sorry|oops) )?" + twice("(?:sorry|so sorry|my mistake|my bad|oops|never mind|"
                    + "nevermind|nvm|"
                    + "sorry if (?:that s|this is|it s) (?:a )?(?:stupid|silly|daft|dumb|basic|obvious) question|"
                    + "no worries|no problem|forget it|ignore that|ignore me|wrong chat|wrong person|soz|"
                    + "typo|sorry typo|(?:sent|send|pressed|hit) (?:that|this|it|send|enter) (?:by accident|too soon|"
                    + "too early|accidentally)|"
                    + "meant to send that to (?:someone else|my manager|a colleague|my team|[a-z]+))")
                    + "(?: (?:for|to) (?:(?:all|so|many|the|these|my) )*(?:questions|messages|asking|bothering you|"
                    + "bother you|the bother|being a pain|going on))?",
                    "No problem. Ask me whenever you're ready."),
            rule("(?:how are you|how are you doing|how are things|how s it going|how is it going|you ok|you alright|"
                    + "are you ok|"
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
                    + "(?:information|info|content) come from|is this (?:from|by) the council(?: or (?:some|"
                    + "a) company)?|"
                    + "how up to date (?:is|are) your (?:information|info|answers|content)|who runs (?:you|this)|"
                    + "which (?:dept|department|team|service) (?:made|built|runs|owns) (?:you|this|this bot))",
                    "I was built for Devon County Council Children's Services. My answers come from Devon's "
                    + "restorative practice knowledge base, and each one says which page it came from and who "
                    + "to ask next."),
            rule("(?:what can you do|what do you do|what can i ask(?: you)?(?: about)?|"
                    + "what (?:kind|sort|type)s? of (?:things|stuff|questions) (?:can|could|should|do) i ask"
                    + "(?: you)?(?: about)?|what do you know(?: about)?|"
                    + "how do you work|how does this work|what are you for|help|help me|what can you help "
                    + "(?:me )?with|how can you help(?: me)?|can you help(?: me)?|how do i use (?:you|this|this bot)|"
                    + "what should i ask|what questions can i ask|what is rp assistant|what s rp assistant|"
                    + "what is this bot|what s this bot|what is this for|what s this for|menu|main menu|commands|"
                    + "options|features|what are my options|show me what you can do|"
                    + "(?:can|could) you help (?:me )?with (?:rp|mi|restorative practice|restorative stuff|"
                    + "rp stuff|mi stuff|some rp|a few things|some questions|a question|something|stuff)(?: stuff)?)",
                    "I can explain restorative practice (working WITH families, fair process, restorative "
                    + "questions, circles, conferences), Motivational Interviewing, family group conferences, "
                    + "training and who to contact. Type **topics** to browse, or **start here** if you're new."),
            rule("(?:can|could|may|how do|how can|i want to|i d like to|i d rather|i would rather|i need to|"
                    + "let me) (?:i )?"
                    + "(?:just )?(?:speak|talk|chat) (?:to|with) (?:a |an )?(?:actual |real |"
                    + "proper )?(?:human|person|"
                    + "human being|someone|somebody|real person)(?: (?:at|from) the academy)?"
                    + "(?: instead(?: of (?:a|the|you|this) bot)?| not a bot| please| pls| tbh)?",
                    "I'm a bot, but a person can help: type **ask a practice lead** to send your question to Devon's "
                    + "practice leads, or contact the Children's Social Work Academy."),
            rule("(?:you re|you are|this is|this bot is|that s|that was|what a) (?:so |really |completely |totally )?"
                    + "(?:useless|rubbish|pointless|no help|no use|not helpful|unhelpful|terrible|awful|hopeless|"
                    + "a waste of time|crap|pants)(?: (?:it|you) never knows? anything| bot)?|"
                    + "(?:it|you) never knows? anything|(?:you|it) (?:don t|doesn t) know anything|"
                    + "that s not what i (?:asked|meant)(?: but (?:ok|okay|fine|never mind|whatever))?|"
                    + "(?:that|you|it) (?:doesn t|didn t|didnt|doesnt|hasn t|haven t) "
                    + "(?:really |actually |quite )?answer(?:ed)? (?:my question|the question|it|that|me)|"
                    + "not helpful|unhelpful|wrong answer|that s wrong|that s not right|erm no|"
                    + "(?:that )?makes no sense|that doesn t make (?:any )?sense|you (?:ve )?misunderstood(?: me)?|"
                    + "ugh|argh|"
                    + "i asked (?:something|about something) (?:completely |totally )?(?:different|else)|"
                    + "you keep saying the same thing|you re not very (?:bright|clever|smart)(?: are you)?|"
                    + "(?:honestly )?what s the point of you|why don t you know (?:this|that|anything)|"
                    + "(?:that s )?too long(?: i haven t got time to read (?:all )?that)?|"
                    + "(?:you re|you are|youre|this is|it s) (?:(?:a bit|so|really|very|being) )*slow(?: today)?",
                    "Sorry I haven't been much help. Try asking in other words, type **topics** to browse, or type "
                    + "**ask a practice lead** to ask a person."),
            rule("(?:do|can|will) you (?:remember|recall) (?:me|what i (?:asked|said|told you)(?: you)?|our "
                    + "(?:chat|conversation|last chat)|my (?:last |earlier )?questions?|what we (?:said|"
                    + "talked about))"
                    + "(?: (?:yesterday|earlier|before|last time|last week|the other day|previously))?|"
                    + "do you (?:have a memory|keep our chats?|remember things)|what did i (?:ask|say)(?: you)?"
                    + "(?: (?:earlier|before|yesterday|last time))?|"
                    + "(?:do you )?remember (?:our|my|the) (?:convo|conversation|chat)|(?:do you )?remember what we "
                    + "(?:discussed|talked about|said)(?: (?:on [a-z]+|yesterday|last week|last time|earlier))?|"
                    + "(?:can you |can we )?pick up where we left off|you said something different "
                    + "(?:yesterday|before|last time|earlier)",
                    "I answer each message on its own, so I don't look back at earlier ones. Ask me again and I'll "
                    + "answer it now."),
            rule(twice("(?:right|right ok|right then|righto|ok then|okay then|alright then|k|kk|yep|yes|yeah|"
                    + "yeah ok|yup|ok|okay|"
                    + "sure|fair enough|makes sense|that makes sense|oh i see|i see|ah right|ah ok|ah okay|oh right|"
                    + "hmm+|mm+|ah|oh|ha(?: ?ha)+(?: very good)?|ha+h[ah]*|he(?:he)+|lol+|lmao)"),
                    "OK. Ask me whenever you're ready."),
            rule(twice("(?:(?:you re|you are) (?:(?:actually|quite|really|pretty|honestly|so|very) )*(?:great|"
                    + "brilliant|amazing|fab|the best|very good|so good|good|clever|so quick|useful|helpful|"
                    + "quick|better than [a-z ]{1,40})|good bot|clever bot|nice bot|"
                    + "well done(?: (?:to )?whoever (?:built|made|wrote) (?:you|it|this))?|(?:wow )?that was "
                    + "(?:quick|fast)|(?:i )?(?:really )?love (?:this|you)(?: (?:bot|tool|app|thing))?|"
                    + "this is (?:so )?(?:much )?(?:easier|quicker|better) than [a-z ]{1,60})"),
                    "Thank you. Ask me again any time."),
            rule("is this (?:chat )?(?:confidential|private|secure|safe|anonymous)|who can see (?:what i type|this|"
                    + "my (?:messages|questions)|these (?:chats|messages))|do you (?:store|keep|save|record|log) "
                    + "(?:my |these |our )?(?:messages|questions|chats|conversations|data)|does my manager see "
                    + "(?:these chats|this|my questions|what i ask)|is anyone (?:actually )?reading this|"
                    + "are my questions (?:anonymous|private)|is it ok to (?:put|type) case details (?:in )?here|"
                    + "can i (?:put|type|use) (?:case details|names) (?:in )?here",
                    "Please don't type names or case details here. I keep the questions people ask for a limited "
                    + "time, without your name, and never the words of one that looks like it holds case details, "
                    + "so the content owners can improve the answers. This is a Teams chat, so Devon's usual Teams "
                    + "rules apply too."),
            rule("(?:(?:ugh|urgh|argh|oof|phew|sigh|omg) )?(?:(?:it s )?friday|(?:what a |a )?long day|"
                    + "(?:i m )?(?:knackered|shattered|exhausted|so tired|tired)|"
                    + "(?:i )?need a brew|monday again|(?:nearly |almost )?home time|busy (?:one|day)(?: today)?(?: "
                    + "[a-z ]{1,40})?|roll on (?:the weekend|friday|home time)|what a day|(?:happy|"
                    + "merry) (?:christmas|"
                    + "new year|easter|holidays|friday|monday|xmas))",
                    "I hope the rest of your day goes well. Ask me whenever you need me."),
            rule("(?:tell me a joke|(?:do you )?know any jokes|got any jokes|are you funny|say something funny|"
                    + "make me laugh)",
                    "I'm better at restorative practice than jokes. Ask me anything about it, or type **topics** to "
                    + "browse."));

    /** A message with thanks in it ("Thank you so much, that's really helped me...", "that's great, cheers"). */
    private static final Pattern THANKS = Pattern.compile(
            "\\b(?:thanks|thank you|thankyou|thank u|thx|cheers|many thanks|ta very much|much appreciated)\\b");
    private static final Pattern ASKS = Pattern.compile("\\b(?:what|whats|how|who|whos|where|when|why|which|can|"
            + "could|would|should|is|are|do|does|did|will|any|tell|explain|give|show|but|however|though|"
                    + "although)\\b");
    /** The longest thanks (in words) read as nothing but thanks, when it asks nothing. */
    private static final int LONGEST_THANKS = 25;


    private SmallTalkRules() {
    }

    /** The reply by rule when the whole message (as plain words) is small talk. */
    static Optional<String> reply(String text, boolean asksSomething) {
        if (!asksSomething && THANKS.matcher(text).find() && !ASKS.matcher(text).find()
                && text.split(" ").length <= LONGEST_THANKS) {
            return Optional.of(RULES.get(0).reply());
        }
        return byRule(text).map(Rule::reply);
    }

    /** The fixed rule the whole message (as plain words) matches, if any: not the open-ended thanks. */
    static Optional<Rule> byRule(String text) {
        if (text.isEmpty() || text.length() > 80) {
            return Optional.empty();
        }
        return RULES.stream().filter(rule -> rule.pattern().matcher(text).matches()).findFirst();
    }

    /** One or two of the words a rule's core lists: "lol ok", "ah right". */
    private static String twice(String core) {
        return core + "(?: " + core + ")?";
    }

    private static Rule rule(String core, String reply) {
        return new Rule(Pattern.compile("(?:(?:hi|hello|hey|ok|okay|oh|ah|well|and|so) )?" + core + FILLER), reply);
    }
}
