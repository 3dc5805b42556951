package com.medgrid.sales;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.SalesManagedDocType;
import com.medgrid.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * {@code /api/resource/Sales Milestone}: the incentive plan (tiers, levels, badges) as data. The sales
 * team reads it; sales managers and admins change it, effective for the next figures computed.
 */
@ApplicationScoped
@RolesAllowed({Roles.SALES_USER, Roles.SALES_MANAGER, Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
public class SalesMilestoneDocType extends SalesManagedDocType<SalesMilestone> {

    static final DocTypeMeta META = DocTypeMeta.of("Sales Milestone", SalesMilestone.class);

    @Override
    protected DocTypeMeta meta() {
        return META;
    }

    @Override
    protected Set<String> writableFields() {
        return Set.of("kind", "metric", "threshold", "bonus_rate", "description");
    }

    @Override
    protected SalesMilestone newEntity(ApiArgs body) {
        return new SalesMilestone(body.requireString("name").trim());
    }

    @Override
    protected void validate(SalesMilestone milestone) {
        Milestone rule = milestone.rule();
        if (rule.kind() == Milestone.Kind.TIER && !"mtd_sales".equals(rule.metric())) {
            throw ApiException.validation("A Tier is reached by monthly sales: its metric must be mtd_sales.");
        }
        if (rule.kind() != Milestone.Kind.TIER && rule.bonusRate().signum() != 0) {
            throw ApiException.validation("bonus_rate belongs to Tiers only: a " + rule.kind().label() + " earns no commission.");
        }
    }
}
