package com.medgrid.platform.oauth;

import com.medgrid.platform.api.ApiFieldName;
import com.medgrid.platform.api.ApiHidden;
import com.medgrid.platform.api.DocumentEntity;
import com.medgrid.platform.api.NameList;
import com.medgrid.platform.crypto.Tokens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;

import java.util.List;

/**
 * An application (an EMR, a vendor's Custom App) that gets access tokens with its client id and
 * secret, acting as {@code user} within {@code scopes}. The name is the client id.
 */
@Entity
@Table(name = "oauth_clients")
public class OAuthClient extends DocumentEntity {

    private static final int CLIENT_ID_LENGTH = 10;
    private static final int SECRET_LENGTH = 32;

    @Id
    @Column(name = "name")
    private String name;

    @NotBlank
    @Column(name = "app_name")
    private String appName;

    @NotBlank
    @ApiFieldName("user")
    @Column(name = "user_name")
    private String user;

    /** The scopes the client may ask for, as a canonical JSON list. */
    @Column(name = "scopes")
    private String scopes;

    @ApiHidden
    @Column(name = "client_secret_hash")
    private String clientSecretHash;

    @Column(name = "enabled")
    private boolean enabled = true;

    protected OAuthClient() {
    }

    OAuthClient(String clientId) {
        this.name = clientId;
    }

    /** Named like Frappe's OAuth clients: a random client id, which tells nobody how many clients exist. */
    static OAuthClient withNewClientId() {
        return new OAuthClient(Tokens.random(CLIENT_ID_LENGTH));
    }

    /** Gives the client a new secret and returns it: the one time it is seen, since only its hash is kept. */
    String issueSecret() {
        String secret = Tokens.random(SECRET_LENGTH);
        clientSecretHash = Tokens.sha256Hex(secret);
        return secret;
    }

    @Override
    public String getName() {
        return name;
    }

    public String getUser() {
        return user;
    }

    public List<String> getScopes() {
        return scopes == null ? List.of() : NameList.fromJson(scopes);
    }

    String getClientSecretHash() {
        return clientSecretHash;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
