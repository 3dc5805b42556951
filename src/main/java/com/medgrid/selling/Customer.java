package com.medgrid.selling;

import java.time.LocalDate;

import com.medgrid.catalog.CatalogChangeListener;
import com.medgrid.platform.api.DocumentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A buyer: a clinic or sales-channel partner. {@code portal_user} is the MedGrid user who acts
 * for it through the API; {@code assigned_rep} the sales rep credited with it.
 */
@Entity
// A customer's default price list decides the prices its users see in the catalog.
@EntityListeners(CatalogChangeListener.class)
@Table(name = "customers")
@NamedQuery(name = Customer.BY_PORTAL_USER, query = "SELECT c FROM Customer c WHERE c.portalUser = :user AND c.disabled = FALSE")
public class Customer extends DocumentEntity {

    public static final String BY_PORTAL_USER = "Customer.byPortalUser";

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "customer_name")
    @NotBlank
    @Size(max = 140)
    private String customerName;

    @Column(name = "customer_type")
    @Pattern(regexp = "Company|Individual", message = "must be Company or Individual")
    private String customerType = "Company";

    @Column(name = "territory")
    private String territory;

    @Column(name = "assigned_rep")
    private String assignedRep;

    @Column(name = "default_price_list")
    private String defaultPriceList;

    @Column(name = "email_id")
    @Email
    private String emailId;

    @Column(name = "portal_user")
    private String portalUser;

    @Column(name = "disabled")
    private boolean disabled;

    /** For a customer who is a patient (a telehealth case needs them): ERPNext's Patient {@code dob}, as {@code date_of_birth}. */
    @Column(name = "date_of_birth")
    @PastOrPresent
    private LocalDate dateOfBirth;

    @Column(name = "gender")
    @Pattern(regexp = "Male|Female|Other|Prefer not to say", message = "must be Male, Female, Other or Prefer not to say")
    private String gender;

    @Column(name = "mobile_no")
    @Pattern(regexp = "\\+?[0-9 ()./-]{7,20}", message = "must be a phone number")
    private String mobileNo;

    /** The patient record of this customer at MD Integrations, once a case was opened for it. */
    @Column(name = "mdi_patient_id")
    private String mdiPatientId;

    /** The patient record of this customer at PerfectRx, once provisioned. */
    @Column(name = "perfectrx_patient_id")
    private String perfectrxPatientId;

    /** Created / Failed (needs follow-up), as PerfectRx reported. */
    @Column(name = "perfectrx_patient_status")
    private String perfectrxPatientStatus;

    protected Customer() {
    }

    public Customer(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getEmailId() {
        return emailId;
    }

    String getCustomerType() {
        return customerType;
    }

    String getTerritory() {
        return territory;
    }

    public String getAssignedRep() {
        return assignedRep;
    }

    public String getDefaultPriceList() {
        return defaultPriceList;
    }

    public String getPortalUser() {
        return portalUser;
    }

    public String getPerfectrxPatientId() {
        return perfectrxPatientId;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getGender() {
        return gender;
    }

    public String getMobileNo() {
        return mobileNo;
    }

    public String getMdiPatientId() {
        return mdiPatientId;
    }

    void mdiPatient(String patientId) {
        mdiPatientId = patientId;
    }

    void perfectrxPatient(String patientId, String status) {
        if (patientId != null) {
            perfectrxPatientId = patientId;
        }
        perfectrxPatientStatus = status;
    }

    public boolean isDisabled() {
        return disabled;
    }
}
