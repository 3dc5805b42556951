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

import java.time.Instant;

/**
 * A marketplace seller. Items name it in {@code default_supplier}; its {@code vendor_user} sees the
 * orders for those items once an admin has approved the profile.
 */
@Entity
@Table(name = "vendor_profiles")
@NamedQuery(name = VendorProfile.APPROVED_OF_USER,
        query = "SELECT v.name FROM VendorProfile v WHERE v.vendorUser = :user AND v.status = '" + VendorProfile.APPROVED + "'")
@NamedQuery(name = VendorProfile.COUNT_WITH_PROFILE_URL, query = "SELECT COUNT(v) FROM VendorProfile v WHERE v.profileUrl = :url")
@NamedQuery(name = VendorProfile.STATUS_OF, query = "SELECT v.name, v.status FROM VendorProfile v WHERE v.name IN :names")
public class VendorProfile extends DocumentEntity {

    static final String APPROVED_OF_USER = "VendorProfile.approvedOfUser";
    static final String COUNT_WITH_PROFILE_URL = "VendorProfile.countWithProfileUrl";
    static final String STATUS_OF = "VendorProfile.statusOf";

    public static final String PENDING = "Pending Approval";
    public static final String APPROVED = "Approved";
    public static final String REJECTED = "Rejected";
    public static final String SUSPENDED = "Suspended";

    /** The vendor's public slug: {@code medgrid.com/vendor/<profile_url>}. */
    static final String PROFILE_URL_PATTERN = "[a-z0-9][a-z0-9-]{1,62}";
    static final String PROFILE_URL_RULE = "must be 2-63 lowercase letters, digits or hyphens, not starting with a hyphen";
    static final int MAX_NOTE = 1000;

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
    @Pattern(regexp = PROFILE_URL_PATTERN, message = PROFILE_URL_RULE)
    private String profileUrl;

    @Column(name = "status")
    @Pattern(regexp = "Pending Approval|Approved|Rejected|Suspended",
            message = "must be Pending Approval, Approved, Rejected or Suspended")
    private String status = PENDING;

    /** Why the last review (approval, rejection, suspension, reinstatement) decided as it did. */
    @Column(name = "review_note")
    @Size(max = MAX_NOTE)
    private String reviewNote;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected VendorProfile() {
    }

    public VendorProfile(String name) {
        this.name = name;
    }

    /** A profile registered through {@code register_vendor}: Pending Approval, sold by {@code vendorUser}. */
    static VendorProfile registered(VendorRegistration registration) {
        VendorProfile profile = new VendorProfile(registration.vendorName());
        profile.vendorName = registration.vendorName();
        profile.vendorUser = registration.email();
        profile.email = registration.email();
        profile.country = registration.country();
        profile.profileUrl = registration.profileUrl();
        return profile;
    }

    /** An admin's decision: the new status, why, by whom and when. */
    void review(String newStatus, String note, String reviewer, Instant now) {
        status = newStatus;
        reviewNote = note;
        reviewedBy = reviewer;
        reviewedAt = now;
        modified(reviewer, now);
    }

    @Override
    public String getName() {
        return name;
    }

    public String getVendorUser() {
        return vendorUser;
    }

    public String getStatus() {
        return status;
    }
}
