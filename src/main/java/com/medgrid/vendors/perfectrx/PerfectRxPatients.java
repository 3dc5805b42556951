package com.medgrid.vendors.perfectrx;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.selling.OrderShipping;
import com.medgrid.selling.PatientRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.Map;

/** Provisions a MedGrid customer as a PerfectRx patient, once: the id is kept on the Customer. */
@ApplicationScoped
public class PerfectRxPatients {

    /** The patient id and whether this call created it. */
    public record Provisioned(String patientId, boolean created) {
    }

    @Inject
    PerfectRxCalls calls;
    @Inject
    PatientRecords patients;

    public Provisioned ensure(Map<String, String> credentials, String customer) {
        PatientRecords.Patient patient = patients.patient(customer)
                .orElseThrow(() -> VendorException.rejected("Could not find Customer: " + customer));
        if (patient.perfectrxPatientId() != null) {
            return new Provisioned(patient.perfectrxPatientId(), false);
        }
        String[] names = patient.name().trim().split("\\s+", 2);
        JsonObjectBuilder body = ApiJson.JSON.createObjectBuilder()
                .add("practiceId", credentials.get("default_practice_id"))
                .add("externalId", customer)
                .add("firstName", names[0])
                .add("lastName", names.length > 1 ? names[1] : names[0]);
        if (patient.email() != null) {
            body.add("email", patient.email());
        }
        if (patient.shipTo() != null) {
            body.add("address", address(patient.shipTo()));
        }
        JsonObject answer = calls.createPatient(credentials, body.build());
        String id = answer.getString("patientId", null);
        if (id == null) {
            throw VendorException.unavailable("PerfectRx's patients/create answer has no patientId: " + answer, null);
        }
        patients.recordPerfectrxPatient(customer, id, "Created");
        return new Provisioned(id, answer.getBoolean("created", true));
    }

    static JsonObject address(OrderShipping.ShipTo to) {
        JsonObjectBuilder address = ApiJson.JSON.createObjectBuilder().add("name", to.name()).add("street1", to.street1())
                .add("city", to.city()).add("state", to.state()).add("postalCode", to.postalCode());
        if (to.street2() != null) {
            address.add("street2", to.street2());
        }
        return address.build();
    }
}
