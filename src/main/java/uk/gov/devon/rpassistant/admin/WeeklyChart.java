package uk.gov.devon.rpassistant.admin;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import uk.gov.devon.rpassistant.insights.Band;
import uk.gov.devon.rpassistant.insights.Insights;

/** The weekly questions as stacked bars, laid out for an inline SVG (with the numbers in a table beside it). */
record WeeklyChart(int width, int height, List<Bar> bars, List<Label> labels, long most) {

    static final int HEIGHT = 180;
    private static final int BAR = 28;
    private static final int GAP = 12;
    private static final int LEFT = 8;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM");

    /** One band's part of one week's bar. */
    record Bar(int x, int y, int width, int height, String band, String title) {
    }

    record Label(int x, String text) {
    }

    static WeeklyChart of(List<Insights.Week> weeks) {
        long most = Math.max(1, weeks.stream().mapToLong(Insights.Week::total).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            Insights.Week week = weeks.get(i);
            int x = LEFT + i * (BAR + GAP);
            int top = HEIGHT;
            for (Band band : Band.values()) {
                long count = week.byBand().getOrDefault(band, 0L);
                if (count == 0) {
                    continue;
                }
                int height = (int) Math.max(1, Math.round((double) count / most * (HEIGHT - 20)));
                top -= height;
                bars.add(new Bar(x, top, BAR, height, band.name().toLowerCase().replace('_', '-'),
                        "Week of " + DAY.format(week.start()) + ": " + count + " " + band.label()));
            }
            labels.add(new Label(x + BAR / 2, DAY.format(week.start())));
        }
        return new WeeklyChart(LEFT * 2 + weeks.size() * (BAR + GAP), HEIGHT + 24, bars, labels, most);
    }
}
