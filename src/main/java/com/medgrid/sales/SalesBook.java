package com.medgrid.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Each rep's credited sales per day (cancelled orders reversed) from some date on: what every figure
 * of the sales team is computed from, read with one query.
 */
final class SalesBook {

    /** One rep's credited orders on one day. */
    record Day(BigDecimal amount, BigDecimal paid, long orders) {

        static final Day NONE = new Day(BigDecimal.ZERO, BigDecimal.ZERO, 0);

        Day plus(Day other) {
            return new Day(amount.add(other.amount), paid.add(other.paid), orders + other.orders);
        }
    }

    private final Map<String, NavigableMap<LocalDate, Day>> days;

    SalesBook(Map<String, NavigableMap<LocalDate, Day>> days) {
        this.days = days;
    }

    private NavigableMap<LocalDate, Day> of(String rep) {
        return days.getOrDefault(rep, new TreeMap<>());
    }

    /** The rep's totals from {@code from} to {@code to}, both included. */
    Day between(String rep, LocalDate from, LocalDate to) {
        return of(rep).subMap(from, true, to, true).values().stream().reduce(Day.NONE, Day::plus);
    }

    Day month(String rep, YearMonth month) {
        return between(rep, month.atDay(1), month.atEndOfMonth());
    }

    /**
     * Consecutive days with an order, counting back from {@code today}, or from yesterday while
     * today has none yet (a streak does not end at midnight, only after a whole day without an order).
     */
    int streak(String rep, LocalDate today) {
        NavigableMap<LocalDate, Day> sold = of(rep);
        LocalDate day = sold.containsKey(today) ? today : today.minusDays(1);
        int streak = 0;
        while (sold.containsKey(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }
}
