package uk.gov.devon.rpassistant.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Measures the safety screen both ways on a labelled set of messages (RISK or SAFE): the share of risk messages
 * routed to the emergency routes, and the share of ordinary questions routed there wrongly.
 */
public final class SafetyEvaluation {

    public record Message(boolean risk, String text) {
    }

    /** @param missed the risk messages that were not routed, for review */
    public record Result(int risk, int safe, double riskRouted, double safeRouted, List<String> missed,
            List<String> falseAlarms) {
        public String row(String name) {
            return String.format(java.util.Locale.ROOT, "%-34s risk routed %5.1f%% of %d, ordinary routed %5.1f%% of %d",
                    name, 100 * riskRouted, risk, 100 * safeRouted, safe);
        }
    }

    public static List<Message> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<Message> messages = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split("\t", 2);
                if (parts.length == 2) {
                    messages.add(new Message(parts[0].strip().equals("RISK"), parts[1].strip()));
                }
            }
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    public static Result run(List<Message> messages, Predicate<String> routed) {
        int risk = 0;
        int safe = 0;
        int riskHit = 0;
        int safeHit = 0;
        List<String> missed = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        for (Message message : messages) {
            boolean hit = routed.test(message.text());
            if (message.risk()) {
                risk++;
                riskHit += hit ? 1 : 0;
                if (!hit) {
                    missed.add(message.text());
                }
            } else {
                safe++;
                safeHit += hit ? 1 : 0;
                if (hit) {
                    falseAlarms.add(message.text());
                }
            }
        }
        return new Result(risk, safe, risk == 0 ? 0 : (double) riskHit / risk, safe == 0 ? 0 : (double) safeHit / safe,
                missed, falseAlarms);
    }
}
