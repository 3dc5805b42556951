package it.microshed;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Frappe's whitelisted methods that every client uses: ping, login, API keys, who am I. */
@Path("/api/method")
@Produces(MediaType.APPLICATION_JSON)
public interface FrappeMethods {

    /** Frappe's usual answer: {@code {"message": ...}}. */
    record Message(String message) {
    }

    record Credentials(String usr, String pwd) {
    }

    record LoginAnswer(String message, @JsonbProperty("full_name") String fullName,
                       @JsonbProperty("csrf_token") String csrfToken) {
    }

    /** Whose keys to generate; {@code null} means the caller's own. */
    record KeysFor(String user) {
    }

    record ApiKeys(String user, @JsonbProperty("api_key") String apiKey, @JsonbProperty("api_secret") String apiSecret) {
    }

    record KeysAnswer(ApiKeys message) {
    }

    @GET
    @Path("ping")
    Message ping();

    /** A {@link Response}, since the session is in the {@code sid} cookie and the CSRF token in the body. */
    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    Response login(Credentials credentials);

    @POST
    @Path("frappe.core.doctype.user.user.generate_keys")
    @Consumes(MediaType.APPLICATION_JSON)
    KeysAnswer generateKeys(KeysFor forUser);

    @GET
    @Path("frappe.auth.get_logged_user")
    Message loggedUser();
}
