package com.medgrid.sales;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.api.DocumentStore;
import com.medgrid.platform.api.PublicFormFields;
import com.medgrid.platform.naming.NamingSeries;
import com.medgrid.platform.ratelimit.RateLimit;
import com.medgrid.platform.ratelimit.PublicFormThrottle;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code medgrid.contact_api.submit_contact_form}: the public contact form, stored as a {@link Lead}
 * for sales managers. Spam is kept out without third-party services: a per-address budget
 * ({@code medgrid.contact.rate-limit}, 5 an hour; {@link PublicFormThrottle}), the form's fields only
 * and an empty honeypot ({@link PublicFormFields}), a cap on links, and a resubmission of the same
 * message from the same email within a day stored once.
 */
@ApplicationScoped
public class ContactForm {

    private static final String FORM = "submit_contact_form";
    private static final List<String> FIELDS = List.of("full_name", "email", "message", "organization", "phone");
    private static final Set<String> LEAD_FIELDS = Set.of("lead_name", "email_id", "message", "company_name", "phone", "source");
    private static final Pattern LINK = Pattern.compile("(?i)https?://|www\\.");
    private static final int MAX_LINKS = 2;
    private static final int MIN_MESSAGE = 10;
    private static final Duration RESUBMISSION_WINDOW = Duration.ofDays(1);

    @Inject
    PublicFormThrottle throttle;
    @Inject
    NamingSeries naming;
    @Inject
    HttpServletRequest request;
    @Inject
    DocumentStore store;
    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    @ConfigProperty(name = "medgrid.contact.rate-limit", defaultValue = "5/PT1H")
    String rateLimit;

    private RateLimit limit;

    @PostConstruct
    void init() {
        limit = RateLimit.parse(rateLimit);
    }

    @PermitAll
    @Transactional
    @ApiMethod(value = "medgrid.contact_api.submit_contact_form", httpMethods = "POST",
            summary = "Send a message to MedGrid's sales team ({full_name, email, message, organization?, phone?}); stored as a Lead")
    public Map<String, Object> submit(ApiArgs args) {
        throttle.admit(FORM, limit, request.getRemoteAddr());
        PublicFormFields.check(args, FORM, FIELDS);
        String message = args.requireString("message").trim();
        if (message.length() < MIN_MESSAGE) {
            throw ApiException.validation("message is too short: tell us a little more (at least " + MIN_MESSAGE + " characters).");
        }
        if (LINK.matcher(message).results().count() > MAX_LINKS) {
            throw ApiException.validation("message has more than " + MAX_LINKS + " links.");
        }
        String email = args.requireString("email").trim().toLowerCase(Locale.ROOT);
        boolean resubmitted = !em.createQuery("SELECT l.name FROM Lead l WHERE l.emailId = :email AND l.message = :message"
                        + " AND l.creation > :since", String.class)
                .setParameter("email", email).setParameter("message", message).setParameter("since", Instant.now().minus(RESUBMISSION_WINDOW))
                .setMaxResults(1).getResultList().isEmpty();
        if (!resubmitted) {
            JsonObjectBuilder lead = Json.createObjectBuilder().add("lead_name", args.requireString("full_name").trim())
                    .add("email_id", email).add("message", message).add("source", Lead.WEBSITE);
            args.string("organization").map(String::trim).filter(v -> !v.isEmpty()).ifPresent(v -> lead.add("company_name", v));
            args.string("phone").map(String::trim).filter(v -> !v.isEmpty()).ifPresent(v -> lead.add("phone", v));
            store.insert(LeadDocType.META, new Lead(naming.next(Lead.SERIES)), ApiArgs.of(lead.build()), LEAD_FIELDS, l -> {
            });
        }
        return Map.of("ok", true);
    }
}
