package com.medgrid.sandbox;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.Tokens;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.StringReader;
import java.time.Instant;

/** One thing a simulator remembers (an account, an order, a webhook subscription), as JSON. */
@Entity
@Table(name = "sandbox_records")
@NamedQuery(name = SandboxRecord.OF_KIND, query = "SELECT r FROM SandboxRecord r WHERE r.vendor = :vendor AND r.account = :account"
        + " AND r.kind = :kind ORDER BY r.created, r.recordKey")
public class SandboxRecord {

    static final String OF_KIND = "SandboxRecord.ofKind";

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "vendor")
    private String vendor;

    @Column(name = "account")
    private String account;

    @Column(name = "kind")
    private String kind;

    @Column(name = "record_key")
    private String recordKey;

    @Column(name = "body")
    private String body;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "created")
    private Instant created;

    @Column(name = "modified")
    private Instant modified;

    protected SandboxRecord() {
    }

    SandboxRecord(String vendor, String account, String kind, String recordKey, JsonObject body, Instant dueAt, Instant now) {
        this.name = nameOf(vendor, account, kind, recordKey);
        this.vendor = vendor;
        this.account = account;
        this.kind = kind;
        this.recordKey = recordKey;
        this.created = now;
        update(body, dueAt, now);
    }

    static String nameOf(String vendor, String account, String kind, String recordKey) {
        return Tokens.sha256Hex(vendor + "\n" + account + "\n" + kind + "\n" + recordKey);
    }

    void update(JsonObject body, Instant dueAt, Instant now) {
        this.body = body.toString();
        this.dueAt = dueAt;
        this.modified = now;
    }

    Instant dueAt() {
        return dueAt;
    }

    public String vendor() {
        return vendor;
    }

    public String account() {
        return account;
    }

    public String key() {
        return recordKey;
    }

    public JsonObject body() {
        return ApiJson.JSON.createReader(new StringReader(body)).readObject();
    }
}
