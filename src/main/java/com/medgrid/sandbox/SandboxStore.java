package com.medgrid.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import com.medgrid.platform.api.ApiJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * What every vendor simulator remembers, in the database: records of a kind per vendor and account
 * (its orders, shipments, webhook subscriptions...), and ids that never repeat, however often the
 * server restarts. An order can be made due, and {@link SandboxShipper} ships it when it is.
 */
@ApplicationScoped
@Transactional
public class SandboxStore {

    /** From the clock and counting up: never an id handed out before a restart. */
    private static final String DUE = "SELECT name FROM sandbox_records WHERE due_at <= ? ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED";

    private final AtomicLong ids = new AtomicLong(System.currentTimeMillis());

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    public long nextId() {
        return ids.incrementAndGet();
    }

    public Optional<JsonObject> get(String vendor, String account, String kind, String key) {
        return Optional.ofNullable(em.find(SandboxRecord.class, SandboxRecord.nameOf(vendor, account, kind, key))).map(SandboxRecord::body);
    }

    public List<SandboxRecord> all(String vendor, String account, String kind) {
        return em.createNamedQuery(SandboxRecord.OF_KIND, SandboxRecord.class).setParameter("vendor", vendor).setParameter("account", account)
                .setParameter("kind", kind).getResultList();
    }

    /** The bodies of the account's records of a kind, as a simulator lists them. */
    public JsonArray bodies(String vendor, String account, String kind) {
        JsonArrayBuilder list = ApiJson.JSON.createArrayBuilder();
        all(vendor, account, kind).forEach(record -> list.add(record.body()));
        return list.build();
    }

    public void put(String vendor, String account, String kind, String key, JsonObject body) {
        put(vendor, account, kind, key, body, null);
    }

    /** Stores a record, to be handed to its simulator's {@link SandboxVendor#due} at {@code dueAt} (null: never). */
    public void put(String vendor, String account, String kind, String key, JsonObject body, Instant dueAt) {
        SandboxRecord record = em.find(SandboxRecord.class, SandboxRecord.nameOf(vendor, account, kind, key), LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (record == null) {
            em.persist(new SandboxRecord(vendor, account, kind, key, body, dueAt, now));
        } else {
            record.update(body, dueAt, now);
        }
    }

    /**
     * Changes a record under a row lock (a concurrent resend sees the change), creating it from
     * {@code absent} when there is none; a new record is due at {@code dueIfNew} (null: never), an
     * existing one keeps its due time.
     *
     * @return the record as stored now
     */
    public JsonObject update(String vendor, String account, String kind, String key, JsonObject absent, Instant dueIfNew,
                             UnaryOperator<JsonObject> change) {
        SandboxRecord record = em.find(SandboxRecord.class, SandboxRecord.nameOf(vendor, account, kind, key), LockModeType.PESSIMISTIC_WRITE);
        JsonObject changed = change.apply(record == null ? absent : record.body());
        Instant now = Instant.now();
        if (record == null) {
            em.persist(new SandboxRecord(vendor, account, kind, key, changed, dueIfNew, now));
        } else {
            record.update(changed, record.dueAt(), now);
        }
        return changed;
    }

    public boolean remove(String vendor, String account, String kind, String key) {
        SandboxRecord record = em.find(SandboxRecord.class, SandboxRecord.nameOf(vendor, account, kind, key));
        if (record != null) {
            em.remove(record);
        }
        return record != null;
    }

    /**
     * Records due now, and no longer due once taken (the caller acts on them). Native SQL: a JPQL
     * pessimistic lock with a row limit is refused by H2, and SKIP LOCKED lets members take side by side.
     */
    public List<SandboxRecord> takeDue() {
        List<?> names = em.createNativeQuery(DUE).setParameter(1, Timestamp.from(Instant.now())).setParameter(2, 50).getResultList();
        List<SandboxRecord> due = names.stream().map(name -> em.find(SandboxRecord.class, name)).toList();
        due.forEach(record -> record.update(record.body(), null, Instant.now()));
        return due;
    }
}
