package uk.gov.devon.rpassistant.experts;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where questions for a person go ("Ask a practice lead").
 *
 * @param channelId the experts' channel ({@code EXPERTS_CHANNEL_ID}, the channel's conversation id); blank turns
 *     the feature off and the bot gives the Academy's mailbox instead
 * @param topicChannels optional routing by topic ({@code EXPERTS_TOPIC_CHANNELS}):
 *     {@code Motivational Interviewing=19:abc@thread.tacv2; Restorative tools=19:def@thread.tacv2}
 * @param remindAfter how long a question may wait unclaimed before the channel is reminded, once
 *     ({@code EXPERTS_REMIND_AFTER}, default one day)
 * @param expectedWait roughly when the asker can expect an answer, as words for the confirmation
 *     ({@code EXPERTS_EXPECTED_WAIT}); to be agreed with the practice leads before go-live
 */
@ConfigurationProperties("experts")
public record ExpertsProperties(String channelId, String topicChannels, Duration remindAfter, String expectedWait) {

    public ExpertsProperties {
        channelId = channelId == null ? "" : channelId.strip();
        topicChannels = topicChannels == null ? "" : topicChannels;
        remindAfter = remindAfter == null ? Duration.ofDays(1) : remindAfter;
        expectedWait = expectedWait == null || expectedWait.isBlank() ? "two working days" : expectedWait.strip();
    }

    public boolean enabled() {
        return !channelId.isEmpty();
    }

    /** The channel for a question on this topic: the topic's own when one is mapped, else the default. */
    public String channelFor(Optional<String> topic) {
        Map<String, String> routes = routes();
        return topic.map(name -> routes.get(name.toLowerCase(Locale.ROOT).strip())).orElse(channelId);
    }

    /** Every channel questions may go to. */
    public Map<String, String> routes() {
        Map<String, String> routes = new LinkedHashMap<>();
        for (String entry : topicChannels.split(";")) {
            int equals = entry.indexOf('=');
            if (equals > 0 && equals < entry.length() - 1) {
                routes.put(entry.substring(0, equals).toLowerCase(Locale.ROOT).strip(),
                        entry.substring(equals + 1).strip());
            }
        }
        return routes;
    }
}
