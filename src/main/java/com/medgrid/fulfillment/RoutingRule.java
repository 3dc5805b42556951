package com.medgrid.fulfillment;

import com.medgrid.platform.api.DocumentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import java.util.Map;

/**
 * A routing rule: lines whose item, warehouse and order meet every condition set here go to
 * {@code vendor}. The enabled rule with the lowest {@code priority} that matches wins.
 * {@code has_prescriber} asks whether the order names a prescriber: a rule with {@code No} is where
 * prescription lines of orders without one go (a clinician's review), and only such a rule may take them.
 */
@Entity
@Table(name = "fulfillment_routing_rules")
@NamedQuery(name = RoutingRule.ENABLED, query = "SELECT r FROM RoutingRule r WHERE r.enabled = TRUE ORDER BY r.priority, r.name")
public class RoutingRule extends DocumentEntity {

    static final String ENABLED = "RoutingRule.enabled";

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "vendor")
    @NotBlank
    private String vendor;

    @Column(name = "priority")
    @NotNull
    @PositiveOrZero
    private Integer priority;

    @Column(name = "requires_prescription")
    @Pattern(regexp = "Yes|No", message = "must be Yes, No or empty")
    private String requiresPrescription;

    @Column(name = "has_prescriber")
    @Pattern(regexp = "Yes|No", message = "must be Yes, No or empty")
    private String hasPrescriber;

    @Column(name = "item_field")
    private String itemField;

    @Column(name = "warehouse")
    private String warehouse;

    @Column(name = "enabled")
    private boolean enabled = true;

    protected RoutingRule() {
    }

    public RoutingRule(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    String getVendor() {
        return vendor;
    }

    String getItemField() {
        return itemField;
    }

    String getWarehouse() {
        return warehouse;
    }

    /** Whether the rule is for orders without a prescriber: the one kind of rule that may take their prescription lines. */
    boolean reviewsPrescriptions() {
        return "No".equals(hasPrescriber);
    }

    /** Whether a line of this item, taken from this warehouse, of an order with or without a prescriber, meets every condition. */
    boolean matches(boolean prescription, Map<String, String> mappingFields, String lineWarehouse, boolean prescribed) {
        return (requiresPrescription == null || requiresPrescription.equals(prescription ? "Yes" : "No"))
                && (hasPrescriber == null || hasPrescriber.equals(prescribed ? "Yes" : "No"))
                && (itemField == null || mappingFields.get(itemField) != null)
                && (warehouse == null || warehouse.equals(lineWarehouse));
    }
}
