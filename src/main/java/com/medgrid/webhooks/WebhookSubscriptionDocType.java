package com.medgrid.webhooks;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.DocTypeScopes;
import com.medgrid.platform.api.EntityDocType;
import com.medgrid.platform.api.NameList;
import com.medgrid.platform.api.RowScope;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.db.ColumnLimits;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.Scopes;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/resource/Webhook Subscription}: partners, vendors and System Managers subscribe
 * their own URLs to events; each sees and changes only their own ({@link WebhookAccess}). The
 * signing secret is made by the server and shown once, in the create answer.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.CUSTOMER, Roles.VENDOR})
@DocTypeScopes(read = Scopes.WEBHOOKS_MANAGE, write = Scopes.WEBHOOKS_MANAGE)
public class WebhookSubscriptionDocType extends EntityDocType<WebhookSubscription> {

    static final DocTypeMeta META = DocTypeMeta.of("Webhook Subscription", WebhookSubscription.class);

    @Inject
    WebhookAccess access;
    @Inject
    WebhookSecrets secrets;
    @Inject
    ColumnLimits columns;
    @Inject
    WebhookSettings settings;

    private WebhookUrls urls;

    @PostConstruct
    void init() {
        urls = settings.urls();
    }

    @Override
    protected DocTypeMeta meta() {
        return META;
    }

    @Override
    protected Set<String> writableFields() {
        return Set.of("url", "events", "enabled", "description");
    }

    /** Named like Frappe's "hash" autoname: a random name tells nobody how many subscriptions exist. */
    @Override
    protected WebhookSubscription newEntity(ApiArgs body) {
        return new WebhookSubscription("WH-" + Tokens.random(10));
    }

    /** Sizes first, so that an overlong URL is refused as such before its host is looked up. */
    @Override
    protected void validate(WebhookSubscription subscription) {
        columns.check(subscription);
        urls.check(subscription.getUrl());
        subscription.clearDisabledReason();
    }

    @Override
    protected RowScope scope() {
        return access.scope();
    }

    @Override
    protected boolean visible(WebhookSubscription subscription) {
        return access.canSee(subscription);
    }

    /** {@code events} as the JSON list it is (list rows show the stored JSON text, as Frappe's lists show JSON fields). */
    @Override
    protected Map<String, Object> document(WebhookSubscription subscription) {
        Map<String, Object> document = super.document(subscription);
        document.put("events", subscription.getEvents());
        return document;
    }

    /** The new subscription with its signing secret, which no later read shows again. */
    @Override
    public Map<String, Object> create(ApiArgs body) {
        ApiArgs normalized = withCanonicalEvents(body);
        WebhookSubscription subscription = newEntity(normalized);
        String secret = secrets.issue(subscription, Instant.now());
        Map<String, Object> document = document(store.insert(META, subscription, normalized, writableFields(), this::validate));
        document.put("secret", secret);
        return document;
    }

    @Override
    public Map<String, Object> update(String name, ApiArgs body) {
        return super.update(name, body.asJson().containsKey("events") ? withCanonicalEvents(body) : body);
    }

    /** The body with {@code events} canonical; 417 for events that are missing or unknown. */
    private static ApiArgs withCanonicalEvents(ApiArgs body) {
        return NameList.canonical(body, "events", WebhookEvents::parse);
    }
}
