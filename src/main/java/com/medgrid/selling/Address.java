package com.medgrid.selling;

import com.medgrid.platform.api.DocumentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A customer's shipping or billing address in the United States; named "{title}-{type}" as in ERPNext. */
@Entity
@Table(name = "addresses")
@NamedQuery(name = Address.SHIPPING_OF, query = "SELECT a.name FROM Address a WHERE a.customer = :customer AND a.addressType = 'Shipping'"
        + " ORDER BY a.creation, a.name")
public class Address extends DocumentEntity {

    /** A customer's shipping addresses, the first made first. */
    static final String SHIPPING_OF = "Address.shippingOf";

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "address_title")
    @NotBlank
    @Size(max = 120)
    private String addressTitle;

    @Column(name = "address_type")
    @NotBlank
    @Pattern(regexp = "Shipping|Billing", message = "must be Shipping or Billing")
    private String addressType;

    @Column(name = "address_line1")
    @NotBlank
    @Size(max = 255)
    private String addressLine1;

    @Column(name = "address_line2")
    @Size(max = 255)
    private String addressLine2;

    @Column(name = "city")
    @NotBlank
    private String city;

    /** A USPS state or territory code, checked against {@link UsStates}. */
    @Column(name = "state")
    @NotBlank
    private String state;

    @Column(name = "pincode")
    @NotBlank
    @Pattern(regexp = "\\d{5}(-\\d{4})?", message = "must be a US ZIP code (12345 or 12345-6789)")
    private String pincode;

    @Column(name = "country")
    @Pattern(regexp = "United States", message = "must be United States: MedGrid ships within the US")
    private String country = "United States";

    @Column(name = "customer")
    @NotBlank
    private String customer;

    protected Address() {
    }

    public Address(String title, String type) {
        this.name = title + "-" + type;
        this.addressTitle = title;
        this.addressType = type;
    }

    @Override
    public String getName() {
        return name;
    }

    public String getState() {
        return state;
    }

    /** The postal address as a shipping label needs it. */
    public OrderShipping.ShipTo toShipTo(String recipient) {
        return new OrderShipping.ShipTo(recipient, addressLine1, addressLine2, city, state, pincode, country);
    }

    public String getCustomer() {
        return customer;
    }

}
