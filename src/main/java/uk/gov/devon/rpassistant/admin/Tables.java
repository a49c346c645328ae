package uk.gov.devon.rpassistant.admin;

import java.util.ArrayList;
import java.util.List;
import uk.gov.devon.rpassistant.insights.Band;
import uk.gov.devon.rpassistant.insights.Insights;

/** Each list of the insights page as rows, for its CSV download. */
final class Tables {

    private Tables() {
    }

    static AdminController.Table unanswered(Insights insights) {
        return new AdminController.Table(List.of("count", "examples", "nearest_document", "nearest_title",
                "questions_line"), insights.unanswered().stream().map(group -> List.of(
                        String.valueOf(group.count()), String.join(" | ", group.examples()),
                        group.nearestDocument().orElse(""), group.nearestTitle().orElse(""), group.questionsLine()))
                .toList());
    }

    static AdminController.Table notHelpful(Insights insights) {
        return new AdminController.Table(List.of("document", "title", "not_helpful", "helpful", "reasons"),
                insights.notHelpful().stream().map(item -> List.of(item.documentId(), item.title(),
                        String.valueOf(item.notHelpful()), String.valueOf(item.helpful()),
                        String.join(" | ", item.reasons()))).toList());
    }

    static AdminController.Table weekly(Insights insights) {
        List<String> header = new ArrayList<>(List.of("week_starting"));
        for (Band band : Band.values()) {
            header.add(band.name().toLowerCase());
        }
        header.add("total");
        return new AdminController.Table(header, insights.weeks().stream().map(week -> {
            List<String> row = new ArrayList<>(List.of(week.start().toString()));
            for (Band band : Band.values()) {
                row.add(String.valueOf(week.byBand().getOrDefault(band, 0L)));
            }
            row.add(String.valueOf(week.total()));
            return row;
        }).toList());
    }

    static AdminController.Table mostAsked(Insights insights) {
        List<List<String>> rows = new ArrayList<>();
        insights.documents().forEach(count -> rows.add(List.of("document", count.id(), count.name(),
                String.valueOf(count.count()))));
        insights.topics().forEach(count -> rows.add(List.of("topic", count.id(), count.name(),
                String.valueOf(count.count()))));
        return new AdminController.Table(List.of("kind", "id", "name", "answers"), rows);
    }

    static AdminController.Table review(Insights insights) {
        return new AdminController.Table(List.of("document", "title", "owner", "review_by"),
                insights.pastReview().stream().map(due -> List.of(due.documentId(), due.title(), due.owner(),
                        due.reviewBy().toString())).toList());
    }

    static AdminController.Table problems(Insights insights) {
        return new AdminController.Table(List.of("file", "line", "problem"),
                insights.problems().stream().map(problem -> List.of(problem.file(), String.valueOf(problem.line()),
                        problem.message())).toList());
    }
}
