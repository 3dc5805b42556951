package com.medgrid.sales;

import com.medgrid.platform.api.ApiFieldName;
import com.medgrid.platform.api.DocumentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * A member of the sales team (ERPNext's Sales Person): named by {@code sales_person_name}, placed in
 * the team's tree under {@code parent_sales_person}, signing in as {@code user}, paid
 * {@code commission_rate} percent of what its customers buy. A sub-rep's rate is the slice of its
 * parent's rate it was given: the parent keeps the difference on the sub-rep's sales.
 */
@Entity
@Table(name = "sales_persons")
@NamedQuery(name = SalesPerson.ALL, query = "SELECT p FROM SalesPerson p ORDER BY p.name")
@NamedQuery(name = SalesPerson.OF_USER, query = "SELECT p FROM SalesPerson p WHERE p.user = :user")
public class SalesPerson extends DocumentEntity {

    static final String ALL = "SalesPerson.all";
    static final String OF_USER = "SalesPerson.ofUser";

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "sales_person_name")
    @NotBlank
    @Size(max = 140)
    private String salesPersonName;

    @Column(name = "parent_sales_person")
    private String parentSalesPerson;

    /** Frappe's field is {@code user}, a reserved word in SQL. */
    @Column(name = "user_id")
    @ApiFieldName("user")
    private String user;

    @Column(name = "commission_rate")
    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    private BigDecimal commissionRate = BigDecimal.ZERO;

    @Column(name = "enabled")
    private boolean enabled = true;

    protected SalesPerson() {
    }

    public SalesPerson(String name) {
        this.name = name;
        this.salesPersonName = name;
    }

    SalesPerson(String name, String parent, String user, BigDecimal commissionRate) {
        this(name);
        this.parentSalesPerson = parent;
        this.user = user;
        this.commissionRate = commissionRate;
    }

    @Override
    public String getName() {
        return name;
    }

    String getSalesPersonName() {
        return salesPersonName;
    }

    String getParentSalesPerson() {
        return parentSalesPerson;
    }

    String getUser() {
        return user;
    }

    BigDecimal getCommissionRate() {
        return commissionRate;
    }

    boolean isEnabled() {
        return enabled;
    }
}
