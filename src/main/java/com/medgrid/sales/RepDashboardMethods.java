package com.medgrid.sales;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.api.FieldValues;
import com.medgrid.platform.security.CurrentUser;
import com.medgrid.platform.security.Roles;
import com.medgrid.selling.CustomerAssignments;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code medgrid.rep_dashboard.*}: a rep's KPIs, the leaderboard, the rep's customers. Scoped by
 * {@link SalesScope}: reps see themselves (and their sub-reps), managers their team, admins everyone.
 */
@ApplicationScoped
@RolesAllowed({Roles.SALES_USER, Roles.SALES_MANAGER, Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
public class RepDashboardMethods {

    private static final Map<String, Function<RepFigures.Kpis, Object>> LEADERBOARD_METRICS = Map.of(
            "mtd_sales", k -> k.metrics().mtdSales(),
            "commission_estimate", RepFigures.Kpis::commissionEstimate,
            "streak_days", k -> BigDecimal.valueOf(k.metrics().streakDays()));
    private static final int MAX_LEADERBOARD = 100;
    private static final int MAX_CUSTOMERS = 500;

    @Inject
    SalesScope scope;
    @Inject
    RepFigures figures;
    @Inject
    SalesLedger ledger;
    @Inject
    CustomerAssignments assignments;
    @Inject
    CurrentUser user;

    @ApiMethod(value = "medgrid.rep_dashboard.get_rep_kpis",
            summary = "Month-to-date sales, commission estimate, tier, level, streak, customer count and badges of the caller"
                    + " (or of sales_person in the caller's team)")
    public Map<String, Object> kpis(ApiArgs args) {
        String rep = args.string("sales_person").map(name -> scope.visibleMember(name).name()).orElseGet(() -> scope.requireMe().name());
        RepFigures.Kpis kpis = figures.of(scope.team(), List.of(rep), today()).get(rep);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("sales_person", rep);
        answer.put("sales_person_name", kpis.member().displayName());
        answer.put("mtd_sales", money(kpis.metrics().mtdSales()));
        answer.put("commission_estimate", money(kpis.commissionEstimate()));
        answer.put("commission_rate", FieldValues.plain(kpis.member().commissionRate()));
        answer.put("tier", kpis.tier().map(Milestone::name).orElse(null));
        answer.put("next_tier", kpis.nextTier().map(next -> Map.of("tier", next.name(), "mtd_sales_needed",
                money(next.threshold().subtract(kpis.metrics().mtdSales())))).orElse(null));
        answer.put("level", kpis.level());
        answer.put("streak_days", kpis.metrics().streakDays());
        answer.put("customer_count", kpis.metrics().customerCount());
        answer.put("order_count", kpis.metrics().orderCount());
        answer.put("lifetime_sales", money(kpis.metrics().lifetimeSales()));
        answer.put("badges", kpis.badges().stream().map(Milestone::name).toList());
        return answer;
    }

    @ApiMethod(value = "medgrid.rep_dashboard.get_leaderboard",
            summary = "Reps of the caller's sales organisation ranked by metric (mtd_sales | commission_estimate | streak_days), top limit (10, at most 100)")
    public List<Map<String, Object>> leaderboard(ApiArgs args) {
        String metric = args.string("metric").orElse("mtd_sales");
        Function<RepFigures.Kpis, Object> value = LEADERBOARD_METRICS.get(metric);
        if (value == null) {
            throw ApiException.validation("metric must be one of mtd_sales, commission_estimate, streak_days; got " + metric + ".");
        }
        int limit = limit(args, 10, MAX_LEADERBOARD);
        SalesTeam team = scope.team();
        List<String> reps = scope.leaderboard().stream().filter(rep -> team.member(rep).enabled()).sorted().toList();
        List<RepFigures.Kpis> ranked = new ArrayList<>(figures.of(team, reps, today()).values());
        ranked.sort(Comparator.comparing((RepFigures.Kpis k) -> (BigDecimal) value.apply(k)).reversed()
                .thenComparing(k -> k.member().name()));
        List<Map<String, Object>> rows = new ArrayList<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < ranked.size() && i < limit; i++) {
            RepFigures.Kpis kpis = ranked.get(i);
            BigDecimal current = (BigDecimal) value.apply(kpis);
            if (previous == null || current.compareTo(previous) != 0) {
                rank = i + 1; // equal figures share a rank
            }
            previous = current;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", rank);
            row.put("sales_person", kpis.member().name());
            row.put("sales_person_name", kpis.member().displayName());
            row.put(metric, "streak_days".equals(metric) ? current.intValue() : money(current));
            row.put("is_me", user.name().equals(kpis.member().user()));
            rows.add(row);
        }
        return rows;
    }

    @ApiMethod(value = "medgrid.rep_dashboard.get_my_customers",
            summary = "Customers assigned to the caller (Customer.assigned_rep), with this month's credited sales and the last order date; limit 200, at most 500")
    public List<Map<String, Object>> myCustomers(ApiArgs args) {
        int limit = limit(args, 200, MAX_CUSTOMERS);
        LocalDate today = today();
        Map<String, Object[]> sold = scope.me().map(me -> ledger.byCustomer(me.name(), today.withDayOfMonth(1))).orElse(Map.of());
        return assignments.assignedTo(user.name(), limit).stream().map(customer -> {
            Object[] figures = sold.getOrDefault(customer.name(), new Object[] {BigDecimal.ZERO, null});
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", customer.name());
            row.put("customer_name", customer.customerName());
            row.put("customer_type", customer.customerType());
            row.put("territory", customer.territory());
            row.put("email_id", customer.emailId());
            row.put("disabled", customer.disabled() ? 1 : 0);
            row.put("mtd_sales", money((BigDecimal) figures[0]));
            row.put("last_order_date", figures[1] == null ? null : figures[1].toString());
            return row;
        }).toList();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static BigDecimal money(BigDecimal amount) {
        return FieldValues.plain(amount.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    static int limit(ApiArgs args, int fallback, int max) {
        int limit = args.integer("limit").orElse(fallback);
        if (limit < 1 || limit > max) {
            throw ApiException.validation("limit must be between 1 and " + max + ", got " + limit + ".");
        }
        return limit;
    }
}
