package com.medgrid.sales;

import java.math.BigDecimal;

/**
 * What a rep's incentives are measured on: sales this month and in all, submitted orders in all,
 * consecutive days with an order, customers assigned. The names are the API's and the
 * {@link SalesMilestone} rules'.
 */
record RepMetrics(BigDecimal mtdSales, BigDecimal lifetimeSales, long orderCount, int streakDays, long customerCount) {

    static final String NAMES = "mtd_sales|lifetime_sales|order_count|streak_days|customer_count";
    static final String NAMES_LISTED = "mtd_sales, lifetime_sales, order_count, streak_days, customer_count";

    BigDecimal value(String metric) {
        return switch (metric) {
            case "mtd_sales" -> mtdSales;
            case "lifetime_sales" -> lifetimeSales;
            case "order_count" -> BigDecimal.valueOf(orderCount);
            case "streak_days" -> BigDecimal.valueOf(streakDays);
            case "customer_count" -> BigDecimal.valueOf(customerCount);
            default -> throw new IllegalArgumentException("Unknown metric " + metric);
        };
    }
}
