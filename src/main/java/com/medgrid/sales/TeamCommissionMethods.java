package com.medgrid.sales;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.api.FieldValues;
import com.medgrid.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.medgrid.sales.RepDashboardMethods.money;

/** {@code medgrid.team_commission.team_commission_summary}: what each rep of a manager's team sold and earned over the last days. */
@ApplicationScoped
public class TeamCommissionMethods {

    static final int MAX_PERIOD_DAYS = 366;

    @Inject
    SalesScope scope;
    @Inject
    SalesLedger ledger;

    @RolesAllowed({Roles.SALES_MANAGER, Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
    @ApiMethod(value = "medgrid.team_commission.team_commission_summary",
            summary = "Per rep of the caller's team: orders, sales, paid sales and commission (own, on sub-reps' sales) over the last period_days (30, at most 366)")
    public Map<String, Object> summary(ApiArgs args) {
        int days = args.integer("period_days").orElse(30);
        if (days < 1 || days > MAX_PERIOD_DAYS) {
            throw ApiException.validation("period_days must be between 1 and " + MAX_PERIOD_DAYS + ", got " + days + ".");
        }
        LocalDate to = RepDashboardMethods.today();
        LocalDate from = to.minusDays(days - 1L);
        SalesTeam team = scope.team();
        Set<String> reps = scope.visible();
        SalesBook book = ledger.book(reps, from.withDayOfMonth(1)); // whole months: a month's tier depends on all of it
        CommissionPlan plan = new CommissionPlan(team, ledger.rules());
        List<Map<String, Object>> rows = new ArrayList<>();
        SalesBook.Day total = SalesBook.Day.NONE;
        BigDecimal commission = BigDecimal.ZERO;
        for (String rep : treeOrder(team, reps)) {
            SalesTeam.Member member = team.member(rep);
            SalesBook.Day sold = book.between(rep, from, to);
            CommissionPlan.Commission earned = plan.over(rep, book, from, to);
            BigDecimal teamSales = team.subtree(rep).stream().map(r -> book.between(r, from, to).amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sales_person", rep);
            row.put("sales_person_name", member.displayName());
            row.put("parent_sales_person", member.parent());
            row.put("user", member.user());
            row.put("commission_rate", FieldValues.plain(member.commissionRate()));
            row.put("orders", sold.orders());
            row.put("sales", money(sold.amount()));
            row.put("paid_sales", money(sold.paid()));
            row.put("team_sales", money(teamSales));
            row.put("own_commission", money(earned.own()));
            row.put("override_commission", money(earned.override()));
            row.put("total_commission", money(earned.total()));
            rows.add(row);
            total = total.plus(sold);
            commission = commission.add(earned.total());
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("orders", total.orders());
        totals.put("sales", money(total.amount()));
        totals.put("paid_sales", money(total.paid()));
        totals.put("commission", money(commission));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("period_days", days);
        answer.put("from_date", from.toString());
        answer.put("to_date", to.toString());
        answer.put("reps", rows);
        answer.put("totals", totals);
        return answer;
    }

    /** Parents before their sub-reps, each branch together, branches by name. */
    private static List<String> treeOrder(SalesTeam team, Set<String> reps) {
        List<String> ordered = new ArrayList<>();
        reps.stream().filter(rep -> team.member(rep).parent() == null || !reps.contains(team.member(rep).parent())).sorted()
                .forEach(top -> team.subtree(top).stream().filter(reps::contains).forEach(ordered::add));
        return ordered;
    }
}
