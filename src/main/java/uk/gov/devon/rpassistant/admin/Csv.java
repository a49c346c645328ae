package uk.gov.devon.rpassistant.admin;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as spreadsheets read it (RFC 4180): every cell quoted, and a cell that a spreadsheet would take for a
 * formula (starting =, +, -, @, tab or carriage return) prefixed with an apostrophe so that it stays text.
 */
final class Csv {

    private Csv() {
    }

    static String of(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(line(header));
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
