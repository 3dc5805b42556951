package com.medgrid.sandbox.mdi;

import com.medgrid.platform.api.ApiJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

/**
 * MDI's partner API, {@code /v1/partner/...}, as far as MedGrid uses it so far: the client
 * credentials → access token exchange, the states and cities metadata, the partner's
 * questionnaires and offerings, and patients and their cases (each client sees its own only: another
 * client's is 404, as unknown). Answers are JSON whatever the caller accepts ({@link MdiAccess} refuses callers
 * that do not accept it), so no {@code @Produces} lets the runtime answer a 406 of its own first.
 */
@Path("sandbox/mdi/v1/partner")
@ApplicationScoped
public class MdiPartnerSandbox {

    @Inject
    MdiAccess access;
    @Inject
    MdiClients clients;
    @Inject
    MdiTokens tokens;
    @Inject
    MdiCases cases;

    /** {@code {"grant_type": "client_credentials", "client_id", "client_secret", "scope": "*"}} → {@code {"token_type", "expires_in", "access_token"}}. */
    @POST
    @Path("auth/token")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response token(JsonObject body) {
        MdiTokenRequest request = MdiTokenRequest.of(body);
        return access.withClient(request.clientId(), () -> request.refusal()
                .map(refusal -> MdiErrors.error(400, refusal.error(), refusal.message()))
                .orElseGet(() -> clients.authenticate(request.clientId(), request.clientSecret()).map(this::token)
                        .orElseGet(MdiErrors::invalidClient)));
    }

    /** Every state whose name contains {@code search} (ignoring case), in name order. */
    @GET
    @Path("metadata/states")
    public Response states(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                           @QueryParam("search") String search) {
        return access.withToken(authorization, accept, MdiAccess.STATES, () -> json(list(MdiStates.search(search), MdiStates.State::json)));
    }

    /** The state's cities whose name contains {@code search}; 404 for a state MDI does not know. */
    @GET
    @Path("metadata/states/{state_id}/cities")
    public Response cities(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                           @PathParam("state_id") String stateId, @QueryParam("search") String search) {
        return access.withToken(authorization, accept, MdiAccess.CITIES, () -> MdiStates.byId(stateId)
                .map(state -> json(list(MdiStates.cities(state, search), MdiStates.City::json)))
                .orElseGet(() -> MdiErrors.notFound("State not found")));
    }

    @GET
    @Path("questionnaires")
    public Response questionnaires(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                   @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return access.withToken(authorization, accept, MdiAccess.QUESTIONNAIRES, () -> json(list(MdiQuestionnaires.ALL, q -> q)));
    }

    @GET
    @Path("questionnaires/{questionnaire_id}")
    public Response questionnaire(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                  @HeaderParam(HttpHeaders.ACCEPT) String accept, @PathParam("questionnaire_id") String questionnaireId) {
        return access.withToken(authorization, accept, MdiAccess.QUESTIONNAIRE, () -> MdiQuestionnaires.byId(questionnaireId)
                .map(MdiPartnerSandbox::json).orElseGet(() -> MdiErrors.notFound("Questionnaire not found")));
    }

    /** The offerings a case may ask for. */
    @GET
    @Path("offerings")
    public Response offerings(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return access.withToken(authorization, accept, MdiAccess.OFFERINGS, () -> json(list(MdiOfferings.ALL, MdiOfferings.Offering::json)));
    }

    /** A new patient of the client ({@link MdiPatientRequest}): 201 with it, 422 with every field that is wrong. */
    @POST
    @Path("patients")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createPatient(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                                  JsonObject body) {
        JsonObject given = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        return access.withToken(authorization, accept, MdiAccess.CREATE_PATIENT, clientId -> {
            MdiInvalid invalid = MdiPatientRequest.validate(given, LocalDate.now(ZoneOffset.UTC));
            return invalid.isEmpty() ? created(cases.createPatient(clientId, given)) : invalid.response();
        });
    }

    /** The patient's cases, oldest first; 404 for a patient that is not the client's. */
    @GET
    @Path("patients/{patient_id}/cases")
    public Response patientCases(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                                 @PathParam("patient_id") String patientId) {
        return access.withToken(authorization, accept, MdiAccess.PATIENT_CASES, clientId -> cases.hasPatient(clientId, patientId)
                ? json(cases.cases(clientId, patientId)) : MdiErrors.notFound("Patient not found"));
    }

    /** A new case of one of the client's patients ({@link MdiCaseRequest}): 201 with it, 422 for a wrong body, 404 for another's patient. */
    @POST
    @Path("cases")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createCase(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                               JsonObject body) {
        JsonObject given = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        return access.withToken(authorization, accept, MdiAccess.CREATE_CASE, clientId -> {
            MdiInvalid invalid = MdiCaseRequest.validate(given);
            if (!invalid.isEmpty()) {
                return invalid.response();
            }
            return cases.hasPatient(clientId, given.getString("patient_id").trim()) ? created(cases.createCase(clientId, given))
                    : MdiErrors.notFound("Patient not found");
        });
    }

    @GET
    @Path("cases/{case_id}")
    public Response mdiCase(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                            @PathParam("case_id") String caseId) {
        return access.withToken(authorization, accept, MdiAccess.CASE, clientId -> cases.find(clientId, caseId)
                .map(MdiPartnerSandbox::json).orElseGet(() -> MdiErrors.notFound("Case not found")));
    }

    private Response token(MdiClients.Client client) {
        return json(ApiJson.JSON.createObjectBuilder().add("token_type", "Bearer").add("expires_in", client.tokenLifetimeSeconds())
                .add("access_token", tokens.issue(client)).build());
    }

    private static Response json(JsonValue body) {
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    private static Response created(JsonObject body) {
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    private static <T> JsonValue list(List<T> items, Function<T, JsonValue> view) {
        JsonArrayBuilder list = ApiJson.JSON.createArrayBuilder();
        items.stream().map(view).forEach(list::add);
        return list.build();
    }
}
