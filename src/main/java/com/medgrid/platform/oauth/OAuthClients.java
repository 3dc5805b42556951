package com.medgrid.platform.oauth;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.api.NameList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** OAuth clients the server registers itself: the development build's demo EMR application. */
@ApplicationScoped
public class OAuthClients {

    /** A registered client's credentials; the secret is not kept. */
    public record Registered(String clientId, String clientSecret) {
    }

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public Registered registerOnBehalf(String appName, String user, List<String> scopes, String actor) {
        OAuthClient client = OAuthClient.withNewClientId();
        ApiArgs fields = ApiArgs.of(ApiJson.JSON.createObjectBuilder().add("app_name", appName).add("user", user)
                .add("scopes", NameList.toJson(scopes)).build());
        OAuthClientDocType.META.apply(fields, client, List.of("app_name", "user", "scopes"));
        String secret = client.issueSecret();
        client.created(actor, Instant.now());
        // The user may be new in this transaction, and the user column is no JPA relationship that would
        // make EclipseLink insert the user first.
        em.flush();
        em.persist(client);
        return new Registered(client.getName(), secret);
    }
}
