package com.medgrid.sales;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CommissionPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate MONTH_START = LocalDate.of(2026, 12, 1);

    /** Manager M (10) over R (8) and S (6); R gave C 3 points and D 2. */
    private final SalesTeam team = new SalesTeam(List.of(member("M", null, "10"), member("R", "M", "8"), member("S", "M", "6"),
            member("C", "R", "3"), member("D", "R", "2")));
    private final List<Milestone> tiers = List.of(
            new Milestone("Bronze", Milestone.Kind.TIER, "mtd_sales", BigDecimal.ZERO, BigDecimal.ZERO),
            new Milestone("Silver", Milestone.Kind.TIER, "mtd_sales", new BigDecimal("10000"), BigDecimal.ONE),
            new Milestone("First Sale", Milestone.Kind.BADGE, "order_count", BigDecimal.ONE, BigDecimal.ZERO));
    private final Map<String, NavigableMap<LocalDate, SalesBook.Day>> days = new HashMap<>();

    private static SalesTeam.Member member(String name, String parent, String rate) {
        return new SalesTeam.Member(name, name, parent, name.toLowerCase() + "@example.com", new BigDecimal(rate), true);
    }

    private void sold(String rep, LocalDate day, String amount) {
        days.computeIfAbsent(rep, r -> new TreeMap<>()).merge(day, new SalesBook.Day(new BigDecimal(amount), BigDecimal.ZERO, 1),
                SalesBook.Day::plus);
    }

    private CommissionPlan.Commission month(String rep) {
        return new CommissionPlan(team, tiers).over(rep, new SalesBook(days), MONTH_START, TODAY);
    }

    @Test
    void aRepEarnsItsRatePlusItsTierOnItsOwnSalesAndWhatItKeptOfItsSubRepsSlices() {
        sold("R", MONTH_START, "7000");
        sold("R", MONTH_START.plusDays(2), "5000"); // 12,000 this month: Silver, +1 point
        sold("C", MONTH_START.plusDays(1), "1000");
        sold("D", MONTH_START.plusDays(1), "500");
        sold("S", MONTH_START.plusDays(3), "2000");

        assertEquals(new CommissionPlan.Commission(new BigDecimal("1080.00"), new BigDecimal("80.00")), month("R"),
                "12,000 × 9 %; 1,000 × (8 − 3) % + 500 × (8 − 2) %");
        assertEquals(new CommissionPlan.Commission(new BigDecimal("0.00"), new BigDecimal("350.00")), month("M"),
                "R's, C's and D's sales through R: 13,500 × 2 %; S's 2,000 × 4 %");
        assertEquals(new BigDecimal("30.00"), month("C").total(), "its 3 points, under the Silver line");
        assertEquals(new BigDecimal("0.00"), month("S").override(), "no sub-reps");
    }

    @Test
    void theWholeChainAboveASaleEarnsTheTopRatesWorthOfItWithoutTiers() {
        sold("D", TODAY, "1234.50");
        BigDecimal chain = month("D").total().add(month("R").total()).add(month("M").total());
        assertEquals(new BigDecimal("123.45"), chain, "10 % of 1,234.50, split 2 + 6 + 2");
    }

    @Test
    void aMonthsTierDependsOnTheWholeMonthEvenWhenThePeriodStartsInsideIt() {
        LocalDate november = LocalDate.of(2026, 11, 5);
        sold("S", november, "9000");
        sold("S", LocalDate.of(2026, 11, 25), "2000"); // November: 11,000, Silver
        sold("S", TODAY, "1000"); // December: Bronze
        CommissionPlan.Commission period = new CommissionPlan(team, tiers).over("S", new SalesBook(days), LocalDate.of(2026, 11, 20), TODAY);
        assertEquals(new BigDecimal("200.00"), period.own(), "2,000 × (6 + 1) % in November's part, 1,000 × 6 % in December");
    }

    @Test
    void tiersAreTheBestMetAndTheNextOneUp() {
        assertEquals("Bronze", Milestone.tier(tiers, new BigDecimal("9999.99")).orElseThrow().name());
        assertEquals("Silver", Milestone.nextTier(tiers, new BigDecimal("9999.99")).orElseThrow().name());
        assertEquals("Silver", Milestone.tier(tiers, new BigDecimal("10000")).orElseThrow().name());
        assertEquals(java.util.Optional.empty(), Milestone.nextTier(tiers, new BigDecimal("10000")));
    }

    @Test
    void aStreakCountsBackFromTodayOrFromYesterdayWhileTodayHasNoOrderYet() {
        sold("R", TODAY.minusDays(1), "1");
        sold("R", TODAY.minusDays(2), "1");
        sold("R", TODAY.minusDays(4), "1");
        SalesBook book = new SalesBook(days);
        assertEquals(2, book.streak("R", TODAY));
        sold("R", TODAY, "1");
        assertEquals(3, new SalesBook(days).streak("R", TODAY));
        assertEquals(0, new SalesBook(days).streak("R", TODAY.plusDays(2)), "a whole day without an order ends it");
        assertEquals(0, new SalesBook(days).streak("M", TODAY));
    }

    @Test
    void theTreeKnowsBranchesRootsAndWhoCannotBeAParent() {
        assertEquals(List.of("R", "C", "D"), List.copyOf(team.subtree("R")));
        assertEquals("M", team.root("D"));
        assertEquals("R", team.childOnPath("M", "C"));
        assertEquals(true, team.isWithin("C", "R"), "C cannot become R's parent");
        assertEquals(false, team.isWithin("S", "R"));
        assertEquals(new BigDecimal("3"), team.highestChildRate("R"));
    }
}
