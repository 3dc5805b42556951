package com.medgrid.platform.oauth;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.EntityDocType;
import com.medgrid.platform.api.NameList;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.Scopes;
import com.medgrid.platform.security.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;
import java.util.Set;

/**
 * {@code /api/resource/OAuth Client}: administrators register the applications that use OAuth2,
 * each acting as one user within its scopes. The client secret is made by the server, shown once in
 * the create answer and kept as its hash.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
public class OAuthClientDocType extends EntityDocType<OAuthClient> {

    static final DocTypeMeta META = DocTypeMeta.of("OAuth Client", OAuthClient.class);

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Override
    protected DocTypeMeta meta() {
        return META;
    }

    @Override
    protected Set<String> writableFields() {
        return Set.of("app_name", "user", "scopes", "enabled");
    }

    @Override
    protected OAuthClient newEntity(ApiArgs body) {
        return OAuthClient.withNewClientId();
    }

    @Override
    protected void validate(OAuthClient client) {
        User user = em.find(User.class, client.getUser());
        if (user == null) {
            throw ApiException.validation("user: no user " + client.getUser() + "; the client acts with an existing user's roles.");
        }
    }

    /** With {@code client_id} (Frappe's field, the name) and {@code scopes} as the list it is. */
    @Override
    protected Map<String, Object> document(OAuthClient client) {
        Map<String, Object> document = super.document(client);
        document.put("client_id", client.getName());
        document.put("scopes", client.getScopes());
        return document;
    }

    /** The new client with its secret, which no later read shows again. */
    @Override
    public Map<String, Object> create(ApiArgs body) {
        ApiArgs normalized = withCanonicalScopes(body);
        OAuthClient client = newEntity(normalized);
        String secret = client.issueSecret();
        Map<String, Object> document = document(store.insert(META, client, normalized, writableFields(), this::validate));
        document.put("client_secret", secret);
        return document;
    }

    @Override
    public Map<String, Object> update(String name, ApiArgs body) {
        return super.update(name, body.asJson().containsKey("scopes") ? withCanonicalScopes(body) : body);
    }

    /** The body with {@code scopes} canonical; 417 for a missing or unknown scope. */
    private static ApiArgs withCanonicalScopes(ApiArgs body) {
        return NameList.canonical(body, "scopes", value -> Scopes.parse("scopes", value));
    }
}
