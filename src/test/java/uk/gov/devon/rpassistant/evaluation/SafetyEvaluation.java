package uk.gov.devon.rpassistant.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import uk.gov.devon.rpassistant.safety.RiskLevel;

/**
 * Measures the safety screen on a labelled set of messages: the share of risk messages that get the emergency
 * routes first (either level), and the shares of ordinary questions that get the emergency card alone or the
 * routes above their answer. Reads the older sets ({@code RISK|SAFE<TAB>message}) and the blind set
 * ({@code id, label, category, message}).
 */
final class SafetyEvaluation {

    record Message(boolean risk, String category, String text) {
    }

    /** @param missed the risk messages that were not routed, for review */
    record Result(int risk, int ordinary, double riskRouted, double ordinaryAlone, double ordinaryRouted,
            List<String> missed, List<String> falseAlarms) {
        String row(String name) {
            return String.format(Locale.ROOT, "%-26s risk routed first %5.1f%% of %d; ordinary: card alone %4.1f%%, "
                    + "routes above the answer %4.1f%% of %d", name, 100 * riskRouted, risk, 100 * ordinaryAlone,
                    100 * ordinaryRouted, ordinary);
        }
    }

    private SafetyEvaluation() {
    }

    static List<Message> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            boolean blind = lines.get(0).startsWith("id\tlabel");
            List<Message> messages = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split("\t", blind ? 4 : 2);
                if (blind && parts.length == 4) {
                    messages.add(new Message(parts[1].strip().equals("risk"), parts[2].strip(), parts[3].strip()));
                } else if (!blind && parts.length == 2) {
                    messages.add(new Message(parts[0].strip().equals("RISK"), "", parts[1].strip()));
                }
            }
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static Result run(List<Message> messages, Function<String, RiskLevel> screen) {
        int risk = 0;
        int ordinary = 0;
        int riskRouted = 0;
        int alone = 0;
        int routed = 0;
        List<String> missed = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        for (Message message : messages) {
            RiskLevel level = screen.apply(message.text());
            if (message.risk()) {
                risk++;
                if (level == RiskLevel.NONE) {
                    missed.add(message.category() + ": " + message.text());
                } else {
                    riskRouted++;
                }
            } else {
                ordinary++;
                alone += level == RiskLevel.CLEAR ? 1 : 0;
                if (level != RiskLevel.NONE) {
                    routed++;
                    falseAlarms.add(level + " " + message.category() + ": " + message.text());
                }
            }
        }
        return new Result(risk, ordinary, share(riskRouted, risk), share(alone, ordinary), share(routed, ordinary),
                missed, falseAlarms);
    }

    private static double share(int count, int total) {
        return total == 0 ? 0 : (double) count / total;
    }
}
