package com.medgrid.marketplace;

import com.medgrid.platform.api.DocumentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A marketplace seller. Items name it in {@code default_supplier}; its {@code vendor_user} sees the
 * orders for those items once an admin has approved the profile.
 */
@Entity
@Table(name = "vendor_profiles")
@NamedQuery(name = VendorProfile.APPROVED_OF_USER,
        query = "SELECT v.name FROM VendorProfile v WHERE v.vendorUser = :user AND v.status = '" + VendorProfile.APPROVED + "'")
public class VendorProfile extends DocumentEntity {

    static final String APPROVED_OF_USER = "VendorProfile.approvedOfUser";

    public static final String PENDING = "Pending Approval";
    public static final String APPROVED = "Approved";

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "vendor_name")
    @NotBlank
    @Size(max = 140)
    private String vendorName;

    @Column(name = "vendor_user")
    private String vendorUser;

    @Column(name = "email")
    @Email
    private String email;

    @Column(name = "country")
    @Size(max = 140)
    private String country;

    @Column(name = "profile_url")
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "must be 2-63 lowercase letters, digits or hyphens")
    private String profileUrl;

    @Column(name = "status")
    @Pattern(regexp = "Pending Approval|Approved|Rejected|Suspended",
            message = "must be Pending Approval, Approved, Rejected or Suspended")
    private String status = PENDING;

    protected VendorProfile() {
    }

    public VendorProfile(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    public String getVendorUser() {
        return vendorUser;
    }
}
