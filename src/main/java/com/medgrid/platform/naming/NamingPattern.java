package com.medgrid.platform.naming;

import java.time.LocalDate;

/**
 * A Frappe naming series such as {@code SO-.YYYY.-.#####}: dot-separated parts, where {@code YYYY},
 * {@code YY}, {@code MM} and {@code DD} are date parts, a run of {@code #} is the zero-padded
 * counter, and anything else is literal. The counter is kept per prefix (the text before it), so
 * {@code SO-2026-} and {@code SO-2027-} count separately.
 */
public record NamingPattern(String pattern) {

    public NamingPattern {
        if (pattern.chars().noneMatch(c -> c == '#')) {
            throw new IllegalArgumentException("Naming series " + pattern + " has no ### counter");
        }
    }

    /** The counter key for a name made on {@code date}. */
    public String prefix(LocalDate date) {
        StringBuilder prefix = new StringBuilder();
        for (String part : pattern.split("\\.")) {
            if (isCounter(part)) {
                break;
            }
            prefix.append(datePart(part, date));
        }
        return prefix.toString();
    }

    /** The full name for counter value {@code value} made on {@code date}. */
    public String format(LocalDate date, long value) {
        StringBuilder name = new StringBuilder();
        for (String part : pattern.split("\\.")) {
            if (isCounter(part)) {
                String digits = Long.toString(value);
                name.append("0".repeat(Math.max(0, part.length() - digits.length()))).append(digits);
            } else {
                name.append(datePart(part, date));
            }
        }
        return name.toString();
    }

    private static boolean isCounter(String part) {
        return !part.isEmpty() && part.chars().allMatch(c -> c == '#');
    }

    private static String datePart(String part, LocalDate date) {
        return switch (part) {
            case "YYYY" -> String.format("%04d", date.getYear());
            case "YY" -> String.format("%02d", date.getYear() % 100);
            case "MM" -> String.format("%02d", date.getMonthValue());
            case "DD" -> String.format("%02d", date.getDayOfMonth());
            default -> part;
        };
    }
}
