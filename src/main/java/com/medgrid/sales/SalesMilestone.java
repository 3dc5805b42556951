package com.medgrid.sales;

import com.medgrid.platform.api.DocumentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * An incentive rule, kept as data so that sales managers change the plan without a release: met when
 * a rep's {@code metric} is at least {@code threshold}. The best Tier met (by {@code mtd_sales})
 * adds its {@code bonus_rate} to the rep's commission on its own sales that month; the Levels met
 * give the rep's level; every Badge met is earned.
 */
@Entity
@Table(name = "sales_milestones")
@NamedQuery(name = SalesMilestone.ALL, query = "SELECT m FROM SalesMilestone m ORDER BY m.threshold, m.name")
public class SalesMilestone extends DocumentEntity {

    static final String ALL = "SalesMilestone.all";

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "kind")
    @NotNull
    @Pattern(regexp = "Tier|Level|Badge", message = "must be one of Tier, Level, Badge")
    private String kind;

    @Column(name = "metric")
    @NotNull
    @Pattern(regexp = RepMetrics.NAMES, message = "must be one of " + RepMetrics.NAMES_LISTED)
    private String metric;

    @Column(name = "threshold")
    @NotNull
    @DecimalMin("0")
    @Digits(integer = 16, fraction = 2)
    private BigDecimal threshold;

    @Column(name = "bonus_rate")
    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    private BigDecimal bonusRate = BigDecimal.ZERO;

    @Column(name = "description")
    @Size(max = 500)
    private String description;

    protected SalesMilestone() {
    }

    SalesMilestone(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    Milestone rule() {
        return new Milestone(name, Milestone.Kind.of(kind), metric, threshold, bonusRate);
    }
}
