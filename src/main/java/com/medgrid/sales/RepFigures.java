package com.medgrid.sales;

import com.medgrid.selling.CustomerAssignments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Reps' month-to-date figures and incentives, for many reps at once from the same few queries. */
@ApplicationScoped
public class RepFigures {

    /** How far back a streak is counted: a year of daily orders is the longest one shown. */
    static final int STREAK_HORIZON_DAYS = 366;

    @Inject
    SalesLedger ledger;
    @Inject
    CustomerAssignments assignments;

    record Kpis(SalesTeam.Member member, RepMetrics metrics, BigDecimal commissionEstimate, Optional<Milestone> tier,
                Optional<Milestone> nextTier, int level, List<Milestone> badges) {
    }

    /** Each rep's figures for the month of {@code today}, in the order given. */
    Map<String, Kpis> of(SalesTeam team, Collection<String> reps, LocalDate today) {
        Set<String> sellers = new LinkedHashSet<>();
        reps.forEach(rep -> sellers.addAll(team.subtree(rep))); // a rep earns on its sub-reps' sales too
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate horizon = today.minusDays(STREAK_HORIZON_DAYS);
        SalesBook book = ledger.book(sellers, horizon.isBefore(monthStart) ? horizon : monthStart);
        Map<String, SalesBook.Day> lifetime = ledger.lifetime(reps);
        Map<String, Long> customers = assignments.countByRep(reps.stream().map(rep -> team.member(rep).user())
                .filter(Objects::nonNull).toList());
        List<Milestone> rules = ledger.rules();
        CommissionPlan plan = new CommissionPlan(team, rules);
        Map<String, Kpis> figures = new LinkedHashMap<>();
        for (String rep : reps) {
            SalesTeam.Member member = team.member(rep);
            BigDecimal mtd = book.between(rep, monthStart, today).amount();
            SalesBook.Day all = lifetime.getOrDefault(rep, SalesBook.Day.NONE);
            RepMetrics metrics = new RepMetrics(mtd, all.amount(), all.orders(), book.streak(rep, today),
                    member.user() == null ? 0 : customers.getOrDefault(member.user(), 0L));
            figures.put(rep, new Kpis(member, metrics, plan.over(rep, book, monthStart, today).total(), Milestone.tier(rules, mtd),
                    Milestone.nextTier(rules, mtd),
                    (int) rules.stream().filter(m -> m.kind() == Milestone.Kind.LEVEL && m.metBy(metrics)).count(),
                    rules.stream().filter(m -> m.kind() == Milestone.Kind.BADGE && m.metBy(metrics)).toList()));
        }
        return figures;
    }
}
