package uk.gov.devon.rpassistant.admin;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.devon.rpassistant.insights.Band;
import uk.gov.devon.rpassistant.insights.Insights;
import uk.gov.devon.rpassistant.insights.InsightsReport;
import uk.gov.devon.rpassistant.insights.Retention;

/** The insights page for content owners, and each of its lists as CSV. */
@Controller
@ConditionalOnWebApplication
class AdminController {

    static final int MAX_WEEKS = 52;

    private static final Map<String, Function<Insights, Table>> LISTS = Map.of(
            "unanswered", Tables::unanswered,
            "not-helpful", Tables::notHelpful,
            "weekly", Tables::weekly,
            "most-asked", Tables::mostAsked,
            "review", Tables::review,
            "problems", Tables::problems);

    private final InsightsReport report;
    private final Retention retention;

    AdminController(InsightsReport report, Retention retention) {
        this.report = report;
        this.retention = retention;
    }

    @GetMapping({"/admin", "/admin/"})
    String page(@RequestParam(name = "weeks", defaultValue = "12") String weeks, Model model) {
        Insights insights = report.build(weeks(weeks));
        model.addAttribute("insights", insights);
        model.addAttribute("bands", Band.values());
        model.addAttribute("chart", WeeklyChart.of(insights.weeks()));
        model.addAttribute("weeks", insights.weeks().size());
        model.addAttribute("retentionDays", retention.period().toDays());
        return "admin";
    }

    @GetMapping("/admin/{list}.csv")
    ResponseEntity<String> csv(@PathVariable("list") String list,
            @RequestParam(name = "weeks", defaultValue = "12") String weeks) {
        Function<Insights, Table> table = LISTS.get(list);
        if (table == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body("There is no list called '" + list.replaceAll("[^a-z-]", "") + "'. The lists are: "
                            + String.join(", ", LISTS.keySet().stream().sorted().toList()) + ".");
        }
        Table rows = table.apply(report.build(weeks(weeks)));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rp-assistant-" + list + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(Csv.of(rows.header(), rows.rows()));
    }

    /** 1 to 52 weeks; anything else means the default 12. */
    static int weeks(String text) {
        try {
            int weeks = Integer.parseInt(text.strip());
            return weeks >= 1 && weeks <= MAX_WEEKS ? weeks : 12;
        } catch (NumberFormatException e) {
            return 12;
        }
    }

    record Table(List<String> header, List<List<String>> rows) {
    }
}
