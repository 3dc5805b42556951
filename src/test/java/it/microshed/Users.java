package it.microshed;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** {@code /api/resource/User} (System Manager only). */
@Path("/api/resource/User")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface Users {

    record NewUser(String email, @JsonbProperty("full_name") String fullName, List<String> roles,
                   @JsonbProperty("new_password") String newPassword) {
    }

    record User(String name, String email, @JsonbProperty("full_name") String fullName, Integer enabled) {
    }

    record UserDoc(User data) {
    }

    @POST
    UserDoc create(NewUser user);
}
