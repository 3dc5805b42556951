package com.medgrid.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * How commission is earned. On its own sales a rep earns its {@code commission_rate} plus the bonus
 * of the tier its own sales reach in that calendar month. On a sub-rep's sales (at any depth) a rep
 * earns what it kept of the slice it gave away: its rate minus the rate of its sub-rep on the way down
 * to the seller. So the whole chain above a sale earns the top rep's rate on it, never more.
 */
final class CommissionPlan {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Commission on the rep's own sales, and on its downline's. */
    record Commission(BigDecimal own, BigDecimal override) {

        BigDecimal total() {
            return own.add(override);
        }
    }

    private final SalesTeam team;
    private final List<Milestone> rules;

    CommissionPlan(SalesTeam team, List<Milestone> rules) {
        this.team = team;
        this.rules = rules;
    }

    /**
     * The rep's commission on sales from {@code from} to {@code to}; {@code book} must hold the
     * whole months these fall in (a month's tier depends on all of its sales).
     */
    Commission over(String rep, SalesBook book, LocalDate from, LocalDate to) {
        BigDecimal rate = team.member(rep).commissionRate();
        BigDecimal own = BigDecimal.ZERO;
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate start = from.isAfter(month.atDay(1)) ? from : month.atDay(1);
            LocalDate end = to.isBefore(month.atEndOfMonth()) ? to : month.atEndOfMonth();
            BigDecimal sales = book.between(rep, start, end).amount();
            if (sales.signum() != 0) {
                own = own.add(sales.multiply(rate.add(tierBonus(book.month(rep, month).amount()))));
            }
        }
        BigDecimal override = BigDecimal.ZERO;
        for (String seller : team.subtree(rep)) {
            if (!seller.equals(rep)) {
                BigDecimal kept = rate.subtract(team.member(team.childOnPath(rep, seller)).commissionRate()).max(BigDecimal.ZERO);
                override = override.add(book.between(seller, from, to).amount().multiply(kept));
            }
        }
        return new Commission(money(own), money(override));
    }

    /** The bonus rate of the tier a month's own sales reach. */
    BigDecimal tierBonus(BigDecimal monthSales) {
        return Milestone.tier(rules, monthSales).map(Milestone::bonusRate).orElse(BigDecimal.ZERO);
    }

    /** A sum of amount × percentage points, as money. */
    private static BigDecimal money(BigDecimal amountTimesPoints) {
        return amountTimesPoints.divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
