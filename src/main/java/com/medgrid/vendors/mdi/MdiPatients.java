package com.medgrid.vendors.mdi;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.selling.OrderShipping;
import com.medgrid.selling.PatientRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes a MedGrid customer an MD Integrations patient, once: the id is kept on the Customer
 * ({@code mdi_patient_id}). MD Integrations needs what a clinician needs to see a patient: name,
 * email, {@code date_of_birth}, {@code gender}, {@code mobile_no} and an address in a city it knows
 * (its {@code city_id}); a customer without them is refused with the fields to fill in.
 */
@ApplicationScoped
public class MdiPatients {

    /** MD Integrations' gender codes (ISO/IEC 5218): 0 not known, 1 male, 2 female. */
    private static final Map<String, Integer> GENDER = Map.of("Male", 1, "Female", 2, "Other", 0, "Prefer not to say", 0);
    /** MD Integrations' phone type for a mobile (cell) number. */
    private static final int CELL = 2;

    @Inject
    MdiCalls calls;
    @Inject
    MdiMetadata metadata;
    @Inject
    PatientRecords patients;

    /** The customer's MD Integrations patient id, creating the patient (at {@code shipTo}, or the customer's address) if need be. */
    String ensure(Map<String, String> credentials, String customer, OrderShipping.ShipTo shipTo) {
        PatientRecords.Patient patient = patients.patient(customer)
                .orElseThrow(() -> VendorException.rejected("Could not find Customer: " + customer));
        if (patient.mdiPatientId() != null) {
            return patient.mdiPatientId();
        }
        JsonObject answer = calls.createPatient(credentials, body(patient, shipTo != null ? shipTo : patient.shipTo()));
        String id = answer.getString("patient_id", null);
        if (id == null) {
            throw VendorException.unavailable("MD Integrations' answer to creating a patient has no patient_id: " + answer, null);
        }
        patients.recordMdiPatient(customer, id);
        return id;
    }

    private JsonObject body(PatientRecords.Patient patient, OrderShipping.ShipTo address) {
        List<String> missing = new ArrayList<>();
        if (patient.email() == null) {
            missing.add("email_id");
        }
        if (patient.dateOfBirth() == null) {
            missing.add("date_of_birth");
        }
        if (patient.gender() == null) {
            missing.add("gender");
        }
        if (patient.mobileNo() == null) {
            missing.add("mobile_no");
        }
        if (address == null) {
            missing.add("a shipping address");
        }
        if (!missing.isEmpty()) {
            throw VendorException.rejected("Customer " + patient.customer() + " needs " + String.join(", ", missing)
                    + " before an MD Integrations clinician can see the patient.");
        }
        String cityId = metadata.cityId(address.state(), address.city()).orElseThrow(() -> VendorException.rejected(
                "MD Integrations does not know the city " + address.city() + ", " + address.state() + " of customer " + patient.customer() + "."));
        String[] names = patient.name().trim().split("\\s+", 2);
        JsonObjectBuilder street = ApiJson.JSON.createObjectBuilder().add("address", address.street1()).add("city_id", cityId)
                .add("zip_code", address.postalCode());
        if (address.street2() != null) {
            street.add("address2", address.street2());
        }
        return ApiJson.JSON.createObjectBuilder()
                .add("first_name", names[0])
                .add("last_name", names.length > 1 ? names[1] : names[0])
                .add("email", patient.email())
                .add("date_of_birth", patient.dateOfBirth().toString())
                .add("gender", GENDER.getOrDefault(patient.gender(), 0))
                .add("phone_number", patient.mobileNo())
                .add("phone_type", CELL)
                .add("address", street)
                .add("metadata", patient.customer())
                .build();
    }
}
