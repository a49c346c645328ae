package uk.gov.devon.rpassistant.admin;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
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
import uk.gov.devon.rpassistant.experts.ExpertQuestions;
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
    /** The one list that is not about a period, and comes from the questions sent to practice leads. */
    private static final String PRACTICE_LEADS = "practice-leads";

    private final InsightsReport report;
    private final Retention retention;
    private final PracticeLeadQuestions practiceLeads;

    AdminController(InsightsReport report, Retention retention, ExpertQuestions expertQuestions, Clock clock) {
        this.report = report;
        this.retention = retention;
        this.practiceLeads = new PracticeLeadQuestions(expertQuestions, clock);
    }

    @GetMapping({"/admin", "/admin/"})
    String page(@RequestParam(name = "weeks", defaultValue = "12") String weeks, Model model) {
        Insights insights = report.build(weeks(weeks));
        model.addAttribute("insights", insights);
        model.addAttribute("bands", Band.values());
        model.addAttribute("chart", WeeklyChart.of(insights.weeks()));
        model.addAttribute("weeks", insights.weeks().size());
        model.addAttribute("retentionDays", retention.period().toDays());
        model.addAttribute("leads", practiceLeads.list());
        return "admin";
    }

    @GetMapping("/admin/{list}.csv")
    ResponseEntity<String> csv(@PathVariable("list") String list,
            @RequestParam(name = "weeks", defaultValue = "12") String weeks) {
        Optional<Table> table = table(list, weeks);
        if (table.isEmpty()) {
            TreeSet<String> names = new TreeSet<>(LISTS.keySet());
            names.add(PRACTICE_LEADS);
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body("There is no list called '" + list.replaceAll("[^a-z-]", "") + "'. The lists are: "
                            + String.join(", ", names) + ".");
        }
        Table rows = table.get();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rp-assistant-" + list + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(Csv.of(rows.header(), rows.rows()));
    }

    private Optional<Table> table(String list, String weeks) {
        if (PRACTICE_LEADS.equals(list)) {
            return Optional.of(practiceLeads.table());
        }
        return Optional.ofNullable(LISTS.get(list)).map(rows -> rows.apply(report.build(weeks(weeks))));
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
