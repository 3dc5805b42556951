package com.medgrid.platform.idempotency;

import com.medgrid.platform.api.ApiError;
import com.medgrid.platform.api.ErrorBody;
import com.medgrid.platform.crypto.HmacSigner;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on a signed-in caller's POST, PUT and PATCH (documents and methods): the first
 * request with a key runs and its answer is kept for 24 h; a retry with the same key and the same
 * request gets that answer again, marked {@code Idempotent-Replayed: true}, without running; the
 * same key with another request is 422; a retry while the first still runs is 409. A server error
 * (5xx) gives the key back, so the retry runs, and so does a request that never finished (its member
 * died) within a minute ({@link KeyHold}). Keys are per caller; guests' requests (login) are
 * not covered. Secrets in a first answer (a new API secret, a webhook signing secret) are shown
 * once: the kept copy has them replaced ({@link SecretsNotKept}).
 */
@Provider
@Priority(Priorities.USER)
@ApplicationScoped
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
    /** The {@link KeyHold} of the key this request took, while it runs. */
    private static final String TAKEN = IdempotencyFilter.class.getName() + ".taken";
    /** The status of an answer whose body is being written. */
    private static final String STATUS = IdempotencyFilter.class.getName() + ".status";

    @Inject
    IdempotencyStore store;
    @Resource
    ManagedScheduledExecutorService scheduler;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (key == null || caller == null || !WRITES.contains(request.getMethod())) {
            return;
        }
        if (!VALID_KEY.matcher(key).matches()) {
            request.abortWith(ErrorBody.response(ApiError.VALIDATION, List.of(HEADER + " must be 1 to 255 visible ASCII characters.")));
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String hash = HmacSigner.sha256Hex(describe(request, body));
        IdempotencyStore.Seen seen = store.take(caller.getName(), key, hash);
        if (seen == null) {
            request.setProperty(TAKEN, KeyHold.start(store, scheduler, caller.getName(), key));
        } else if (!seen.requestHash().equals(hash)) {
            request.abortWith(ErrorBody.response(ApiError.IDEMPOTENCY_MISMATCH, List.of(HEADER + " " + key
                    + " was already used with a different request (method, path or body); use a new key for a new request.")));
        } else if (IdempotencyStore.RUNNING.equals(seen.status())) {
            request.abortWith(ErrorBody.response(ApiError.IDEMPOTENCY_IN_PROGRESS, List.of("The request with " + HEADER + " " + key
                    + " is still being processed; retry after it has finished (a request whose server stopped gives its key back within "
                    + IdempotencyStore.RUNNING_LEASE.toSeconds() + " seconds).")));
        } else {
            request.abortWith(Response.status(seen.responseCode())
                    .entity(seen.responseBody() == null ? null : seen.responseBody().getBytes(StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_TYPE, seen.contentType()).header(REPLAYED, "true").build());
        }
    }

    /** A request is the same request when its method, path, query and body are. */
    private static byte[] describe(ContainerRequestContext request, byte[] body) {
        byte[] head = (request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery() + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    /** An answer without a body is kept here; one with a body when it is written ({@link #aroundWriteTo}). */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(TAKEN) instanceof KeyHold taken)) {
            return;
        }
        // the answer is ready: what is left of the key's lease (two thirds at least) covers keeping it
        taken.end();
        if (response.getStatus() >= 500) {
            request.removeProperty(TAKEN);
            store.release(taken.caller, taken.key);
        } else if (!response.hasEntity()) {
            request.removeProperty(TAKEN);
            store.complete(taken.caller, taken.key, response.getStatus(), null, null);
        } else {
            request.setProperty(STATUS, response.getStatus());
            response.getHeaders().putSingle(REPLAYED, "false");
        }
    }

    /**
     * Keeps the answer before the caller gets it: once the caller has an answer, a retry with its
     * key is given that answer, even if the connection broke while it was being sent.
     */
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(TAKEN) instanceof KeyHold taken)) {
            context.proceed();
            return;
        }
        context.removeProperty(TAKEN);
        OutputStream client = context.getOutputStream();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        context.setOutputStream(answer);
        try {
            context.proceed();
        } finally {
            context.setOutputStream(client);
        }
        try {
            Object status = context.getProperty(STATUS);
            store.complete(taken.caller, taken.key, status instanceof Integer code ? code : 200,
                    String.valueOf(context.getMediaType()), SecretsNotKept.redact(answer.toString(StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            // the work is done and its answer goes out; unkept, the key lapses and a retry would run again
            LOG.log(Level.WARNING, "Could not keep the answer for idempotency key " + taken.key + " of " + taken.caller, e);
        }
        answer.writeTo(client);
    }
}
