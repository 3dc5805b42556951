package com.medgrid.vendors.mdi;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.integrations.Connection;
import com.medgrid.integrations.ConnectionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What MD Integrations knows that clinics' patient intake needs: US states and their cities (kept
 * for {@code medgrid.mdi.metadata-ttl}, 12 hours by default, as they hardly change; a search filters
 * the kept list by name as MD Integrations' own does), and the partner's questionnaires, asked for
 * each time (a partner edits them). Ids are checked to be UUIDs before they go into a request path.
 */
@ApplicationScoped
public class MdiMetadata {

    private static final Pattern UUID = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final String STATES = "states";

    @Inject
    MdiCalls calls;
    @Inject
    ConnectionStore connections;
    @Inject
    @ConfigProperty(name = "medgrid.mdi.metadata-ttl", defaultValue = "PT12H")
    Duration ttl;

    private volatile Cache<String, JsonArray> kept;

    List<JsonObject> states(String search) {
        return matching(cached(STATES, () -> calls.states(credentials())), search);
    }

    List<JsonObject> cities(String stateId, String search) {
        String state = uuid("state_id", stateId);
        return matching(cached("cities:" + state.toLowerCase(Locale.ROOT), () -> calls.cities(credentials(), state)), search);
    }

    /**
     * MD Integrations' id of a city, by the state's abbreviation or name and the city's name (ignoring
     * case); empty when MD Integrations does not know it.
     */
    Optional<String> cityId(String state, String city) {
        if (state == null || city == null) {
            return Optional.empty();
        }
        String wantedState = state.trim();
        Optional<String> stateId = states(null).stream()
                .filter(s -> wantedState.equalsIgnoreCase(s.getString("abbreviation", "")) || wantedState.equalsIgnoreCase(s.getString("name", "")))
                .map(s -> s.getString("state_id", null)).filter(java.util.Objects::nonNull).findFirst();
        return stateId.flatMap(id -> cities(id, city.trim()).stream().filter(c -> city.trim().equalsIgnoreCase(c.getString("name", "")))
                .map(c -> c.getString("city_id", null)).filter(java.util.Objects::nonNull).findFirst());
    }

    JsonArray questionnaires() {
        return calls.questionnaires(credentials());
    }

    JsonObject questionnaire(String questionnaireId) {
        return calls.questionnaire(credentials(), uuid("questionnaire_id", questionnaireId));
    }

    /** Forgets what is kept (a sync asks again). */
    void refresh() {
        cache().invalidateAll();
    }

    private JsonArray cached(String key, Supplier<JsonArray> load) {
        JsonArray found = cache().getIfPresent(key);
        if (found == null) {
            found = load.get(); // outside the cache's lock: a slow or failing call never blocks other keys, and failures are not kept
            cache().put(key, found);
        }
        return found;
    }

    private Cache<String, JsonArray> cache() {
        if (kept == null) {
            synchronized (this) {
                if (kept == null) {
                    kept = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(200).build();
                }
            }
        }
        return kept;
    }

    /** The entries whose name contains {@code search}, ignoring case; all without one. */
    static List<JsonObject> matching(JsonArray entries, String search) {
        String wanted = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
        return entries.stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT).map(JsonValue::asJsonObject)
                .filter(e -> wanted.isEmpty() || e.getString("name", "").toLowerCase(Locale.ROOT).contains(wanted)).toList();
    }

    static String uuid(String field, String value) {
        if (value == null || !UUID.matcher(value.trim()).matches()) {
            throw VendorException.rejected(field + " must be an MD Integrations id (a UUID), got " + value + ".");
        }
        return value.trim();
    }

    private Map<String, String> credentials() {
        return connections.active(Mdi.KEY, null).map(Connection::credentials)
                .orElseThrow(() -> VendorException.notConfigured("MD Integrations is not configured: an admin connects it with the "
                        + "mdi_client_id and mdi_client_secret MD Integrations issued."));
    }
}
