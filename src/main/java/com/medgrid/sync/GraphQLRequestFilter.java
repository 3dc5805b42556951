package com.medgrid.sync;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.BufferedRequest;
import com.medgrid.platform.api.ErrorBody;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Before Liberty's GraphQL runs a request on {@code /graphql}: a guest gets the API's 401, and a
 * query over its {@link QueryBudget} ({@code medgrid.graphql.max-depth}, {@code medgrid.graphql.max-cost})
 * a 417 saying what to change, both in the API's error format and before anything is read. Mapped
 * after {@code RequestLimitsFilter} (web.xml), which bounds the body this reads.
 */
@WebFilter(filterName = "GraphQLRequestFilter", urlPatterns = "/graphql", asyncSupported = true)
public class GraphQLRequestFilter extends HttpFilter {

    private QueryBudget budget;

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        budget = new QueryBudget(config.getOptionalValue("medgrid.graphql.max-depth", Integer.class).orElse(6),
                config.getOptionalValue("medgrid.graphql.max-cost", Integer.class).orElse(50_000));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            refuse(request, response, ApiException.authentication("Not signed in: send Authorization: token API_KEY:API_SECRET or log in first."));
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        try {
            JsonObject json = Json.createReader(new ByteArrayInputStream(body)).readObject();
            if (json.get("query") instanceof JsonString query) {
                budget.check(query.getString(), json.get("operationName") instanceof JsonString name ? name.getString() : null,
                        variables(json.get("variables")));
            }
        } catch (JsonException | ClassCastException e) {
            // Not a JSON object: GraphQL answers that itself.
        } catch (ApiException e) {
            refuse(request, response, e);
            return;
        }
        chain.doFilter(new BufferedRequest(request, body), response);
    }

    /** The numeric variables, the only ones a budget reads (page sizes). */
    private static Map<String, Object> variables(JsonValue variables) {
        Map<String, Object> numbers = new HashMap<>();
        if (variables instanceof JsonObject object) {
            object.forEach((name, value) -> {
                if (value instanceof JsonNumber number) {
                    numbers.put(name, number.intValue());
                }
            });
        }
        return numbers;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, ApiException refusal) throws IOException {
        ErrorBody.write(response, refusal.error().status(), ErrorBody.forPath(request.getRequestURI(), refusal.error(), refusal.messages(), null));
    }
}
