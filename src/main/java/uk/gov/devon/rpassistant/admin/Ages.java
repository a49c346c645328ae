package uk.gov.devon.rpassistant.admin;

import java.time.Duration;

/** How long something has been, or took, in the words the insights page uses: "40 minutes", "3 hours", "2 days". */
final class Ages {

    private Ages() {
    }

    static String of(Duration duration) {
        Duration age = duration.isNegative() ? Duration.ZERO : duration;
        if (age.toMinutes() < 1) {
            return "less than a minute";
        }
        if (age.toHours() < 1) {
            return count(age.toMinutes(), "minute");
        }
        if (age.toDays() < 1) {
            return count(age.toHours(), "hour");
        }
        return count(age.toDays(), "day");
    }

    private static String count(long number, String unit) {
        return number + " " + unit + (number == 1 ? "" : "s");
    }
}
