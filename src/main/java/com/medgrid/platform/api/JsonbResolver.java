package com.medgrid.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Makes JAX-RS serialize responses with the API's wire formats ({@link ApiJson}). */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {
    @Override
    public Jsonb getContext(Class<?> type) {
        return ApiJson.jsonb();
    }
}
