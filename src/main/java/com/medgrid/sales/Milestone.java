package com.medgrid.sales;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A {@link SalesMilestone}'s rule: met when a rep's {@code metric} is at least {@code threshold}. */
record Milestone(String name, Kind kind, String metric, BigDecimal threshold, BigDecimal bonusRate) {

    enum Kind {
        TIER, LEVEL, BADGE;

        /** As stored and shown: Tier, Level, Badge. */
        String label() {
            return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
        }

        static Kind of(String label) {
            return valueOf(label.toUpperCase(java.util.Locale.ROOT));
        }
    }

    boolean metBy(RepMetrics metrics) {
        return metrics.value(metric).compareTo(threshold) >= 0;
    }

    /** The tier a month's own sales reach: the met Tier with the highest threshold. */
    static Optional<Milestone> tier(List<Milestone> rules, BigDecimal monthSales) {
        return rules.stream().filter(m -> m.kind == Kind.TIER && monthSales.compareTo(m.threshold) >= 0)
                .max(Comparator.comparing(Milestone::threshold));
    }

    /** The next tier up from {@code monthSales}, if any. */
    static Optional<Milestone> nextTier(List<Milestone> rules, BigDecimal monthSales) {
        return rules.stream().filter(m -> m.kind == Kind.TIER && monthSales.compareTo(m.threshold) < 0)
                .min(Comparator.comparing(Milestone::threshold));
    }
}
