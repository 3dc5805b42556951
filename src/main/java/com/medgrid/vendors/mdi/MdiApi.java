package com.medgrid.vendors.mdi;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The MD Integrations partner API calls MedGrid makes. {@link MdiCalls} builds a client per call with
 * the timeouts of {@code mdi/mp-rest/*}; error statuses become typed
 * {@link com.medgrid.fulfillment.VendorException}s through {@link MdiErrors}.
 */
@RegisterRestClient(configKey = Mdi.KEY, baseUri = Mdi.API_URL)
@RegisterProvider(MdiErrors.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MdiApi extends AutoCloseable {

    /** {@code {grant_type: client_credentials, client_id, client_secret, scope: "*"}} → {@code {token_type, expires_in, access_token}}. */
    @POST
    @Path("v1/partner/auth/token")
    JsonObject token(JsonObject credentials);

    @GET
    @Path("v1/partner/metadata/states")
    JsonArray states(@HeaderParam("Authorization") String bearer);

    @GET
    @Path("v1/partner/metadata/states/{stateId}/cities")
    JsonArray cities(@HeaderParam("Authorization") String bearer, @PathParam("stateId") String stateId, @QueryParam("search") String search);

    @GET
    @Path("v1/partner/questionnaires")
    JsonArray questionnaires(@HeaderParam("Authorization") String bearer);

    @GET
    @Path("v1/partner/questionnaires/{questionnaireId}")
    JsonObject questionnaire(@HeaderParam("Authorization") String bearer, @PathParam("questionnaireId") String questionnaireId);

    /** A patient for cases: name, birth date, gender, phone, address (with MDI's {@code city_id}), email → the patient with its {@code patient_id}. */
    @POST
    @Path("v1/partner/patients")
    JsonObject createPatient(@HeaderParam("Authorization") String bearer, JsonObject patient);

    /** The patient's cases, oldest first (MedGrid finds the case it opened for a dispatch by its {@code metadata}). */
    @GET
    @Path("v1/partner/patients/{patientId}/cases")
    JsonArray patientCases(@HeaderParam("Authorization") String bearer, @PathParam("patientId") String patientId);

    /** {@code {patient_id, case_offerings: [{offering_id}], case_questions, metadata, hold_status}} → the case with its {@code case_id}. */
    @POST
    @Path("v1/partner/cases")
    JsonObject createCase(@HeaderParam("Authorization") String bearer, JsonObject medicalCase);

    /** The case: {@code case_status {name, reason, updated_at}}, {@code case_assignment.clinician {full_name, npi}}, prescriptions. */
    @GET
    @Path("v1/partner/cases/{caseId}")
    JsonObject medicalCase(@HeaderParam("Authorization") String bearer, @PathParam("caseId") String caseId);

    /** Releases the client's connections; declared without a checked exception. */
    @Override
    void close();
}
