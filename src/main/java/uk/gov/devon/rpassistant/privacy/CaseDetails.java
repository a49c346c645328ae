package uk.gov.devon.rpassistant.privacy;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises what looks like personal data about a child or family (a date of birth, an NHS number, a postcode
 * or street address, a phone number, an email address, a case reference) and takes it out of the text. Errs on
 * the side of caution: a false alarm costs a reminder, a miss could keep a child's details. The service's own
 * published numbers (the phone numbers in {@code contacts.yaml}: "0345 155 1071 - who is that?") are not a family's
 * details and are left as they are.
 */
public final class CaseDetails {

    private static final String REDACTED = "[removed]";

    private static final List<Pattern> PATTERNS = List.of(
            // NHS number: 10 digits, often written 3-3-4.
            Pattern.compile("\\b\\d{3}[ -]?\\d{3}[ -]?\\d{4}\\b"),
            // UK postcode.
            Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b", Pattern.CASE_INSENSITIVE),
            // UK phone number.
            Pattern.compile("(?<!\\w)(\\+44\\s?|0)(\\d[\\s-]?){9,10}(?!\\w)"),
            // UK phone number with the area code in brackets: (01392) 275 118.
            Pattern.compile("\\(\\s?0\\d{2,4}\\s?\\)[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}\\b"),
            // A reference in parts with slashes, one part of three digits or more: 22/CP/00871, CIN/2023/0456.
            Pattern.compile("\\b(?=[A-Z\\d/]*\\d{3})[A-Z\\d]{1,6}(/[A-Z\\d]{1,6}){2,}\\b", Pattern.CASE_INSENSITIVE),
            // Dates such as 12/03/2015, 12-3-15, 12.03.2015.
            Pattern.compile("\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b"),
            // Dates such as 3rd March 2015, 3 Mar 15.
            Pattern.compile("\\b\\d{1,2}(st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
                    + "\\.?\\s+\\d{2,4}\\b", Pattern.CASE_INSENSITIVE),
            // "dob", "d.o.b", "date of birth", "born on".
            Pattern.compile("\\b(d\\.?o\\.?b\\.?|date of birth|born on)\\b[:\\s]*[^,;]{0,20}", Pattern.CASE_INSENSITIVE),
            // A street address: a house number and a street word.
            Pattern.compile("\\b\\d{1,4}[a-z]?,?\\s+([A-Z][a-z]+\\s+){1,3}(road|rd|street|st|lane|ln|avenue|ave|close|"
                    + "drive|dr|way|crescent|court|place|gardens|terrace|hill|park|view|grove|row|mews|square)\\b",
                    Pattern.CASE_INSENSITIVE),
            // An email address.
            Pattern.compile("\\b[\\w.+-]+@[\\w-]+\\.[\\w.-]+\\b"),
            // A case or reference number: the word, then something with digits.
            Pattern.compile("\\b(case|ref|reference|record|file|id|mosaic|lcs)\\s*(no\\.?|number|ref|#|:)?\\s*[:#]?\\s*"
                    + "[A-Z]{0,4}[-/]?\\d{4,}[A-Z\\d/-]*\\b", Pattern.CASE_INSENSITIVE),
            // Any long run of digits.
            Pattern.compile("\\b\\d{6,}\\b"));

    private final Supplier<? extends Collection<String>> publishedNumbers;

    /** With no published numbers: every number is treated as a case detail. */
    public CaseDetails() {
        this(List::of);
    }

    /** @param publishedNumbers the service's own phone numbers, read each time (the contacts file can change) */
    public CaseDetails(Supplier<? extends Collection<String>> publishedNumbers) {
        this.publishedNumbers = publishedNumbers;
    }

    public boolean found(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        Set<String> published = published();
        return PATTERNS.stream().anyMatch(pattern -> pattern.matcher(text).results()
                .anyMatch(match -> !published.contains(digits(match.group()))));
    }

    /** The text with everything that looks like case details replaced by "[removed]", for keeping. */
    public String redact(String text) {
        return replace(text, REDACTED);
    }

    /** The text with everything that looks like case details taken out, for searching. */
    public String remove(String text) {
        return replace(text, " ").replaceAll("\\s{2,}", " ").strip();
    }

    private String replace(String text, String replacement) {
        if (text == null) {
            return "";
        }
        Set<String> published = published();
        String result = text;
        for (Pattern pattern : PATTERNS) {
            result = pattern.matcher(result).replaceAll((MatchResult match) -> Matcher.quoteReplacement(
                    published.contains(digits(match.group())) ? match.group() : replacement));
        }
        return result;
    }

    private Set<String> published() {
        return publishedNumbers.get().stream().map(CaseDetails::digits).filter(digits -> digits.length() >= 5)
                .collect(Collectors.toSet());
    }

    /** A number's digits without its country code or leading 0: "+44 345 155 1071" and "0345 155 1071" alike. */
    private static String digits(String text) {
        String digits = text.replaceAll("\\D", "");
        if (digits.startsWith("44") && text.contains("+")) {
            return digits.substring(2);
        }
        return digits.startsWith("0") ? digits.substring(1) : digits;
    }
}
