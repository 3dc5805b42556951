package com.medgrid.vendors.mdi;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.api.RequiresScope;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.util.List;

/**
 * {@code medgrid.mdi.*} for clinics and EMRs: MD Integrations' states, cities and questionnaires as
 * MD Integrations answers them, for the patient intake a case needs. A fault of MD Integrations
 * (not configured, under maintenance, down) is a 417 naming it.
 */
@ApplicationScoped
@RolesAllowed({Roles.CUSTOMER, Roles.EMR_INTEGRATION, Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
@RequiresScope(Scopes.EMR)
public class MdiMethods {

    private static final String VENDOR = Mdi.DESCRIPTION.label();

    @Inject
    MdiMetadata metadata;

    @ApiMethod(value = "medgrid.mdi.get_states", summary = "US states as MD Integrations knows them ({search?}: part of the name)")
    public List<JsonObject> states(ApiArgs args) {
        return VendorException.duringRequest(VENDOR, () -> metadata.states(args.string("search").orElse(null)));
    }

    @ApiMethod(value = "medgrid.mdi.get_cities", summary = "The cities of a state ({state_id, search?})")
    public List<JsonObject> cities(ApiArgs args) {
        String state = args.requireString("state_id");
        return VendorException.duringRequest(VENDOR, () -> metadata.cities(state, args.string("search").orElse(null)));
    }

    @ApiMethod(value = "medgrid.mdi.list_questionnaires", summary = "The partner's intake questionnaires with their questions")
    public JsonArray questionnaires() {
        return VendorException.duringRequest(VENDOR, metadata::questionnaires);
    }

    @ApiMethod(value = "medgrid.mdi.get_questionnaire", summary = "One intake questionnaire ({questionnaire_id})")
    public JsonObject questionnaire(ApiArgs args) {
        String id = args.requireString("questionnaire_id");
        return VendorException.duringRequest(VENDOR, () -> metadata.questionnaire(id));
    }
}
