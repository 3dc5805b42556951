package it.microshed;

import org.junit.jupiter.api.Test;
import org.microshed.testing.jaxrs.RESTClient;
import org.microshed.testing.jupiter.MicroShedTest;
import org.microshed.testing.jaxrs.RestClientBuilder;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Frappe-compatible basics through a typed client: ping, who am I, and both API key schemes. */
@MicroShedTest
public class FrappeApiIT {

    /** Injected by MicroShed before the tests (so the field and the class are public): no credentials, a guest. */
    @RESTClient
    public static FrappeMethods guest;

    @Test
    void pingAnswersPong() {
        assertEquals(new FrappeMethods.Message("pong"), guest.ping());
    }

    @Test
    void anApiKeyPairSignsInAsBasicAndAsToken() {
        MedGrid.Account vendor = MedGrid.newUser("Vendor");
        assertEquals(vendor.email(), vendor.basic(FrappeMethods.class).loggedUser().message());
        assertEquals(vendor.email(), vendor.token(FrappeMethods.class).loggedUser().message());
    }

    @Test
    void guestsAndWrongSecretsGetFrappeAuthenticationErrors() {
        MedGrid.error(() -> guest.loggedUser()).assertIs(401, "AuthenticationError", "Not signed in");

        MedGrid.Account user = MedGrid.newUser("Sales User");
        FrappeMethods wrongSecret = new RestClientBuilder().withBasicAuth(user.apiKey(), user.apiSecret() + "x")
                .build(FrappeMethods.class);
        MedGrid.error(wrongSecret::loggedUser).assertIs(401, "AuthenticationError", "Invalid API key");
        // A wrong Authorization header is refused even where guests are welcome.
        MedGrid.error(wrongSecret::ping).assertIs(401, "AuthenticationError", "Invalid API key");
    }

    @Test
    void generatingKeysAgainRevokesTheOldPair() {
        MedGrid.Account user = MedGrid.newUser("Sales User");
        FrappeMethods before = user.token(FrappeMethods.class);
        FrappeMethods.ApiKeys fresh = before.generateKeys(new FrappeMethods.KeysFor(null)).message();
        assertEquals(user.email(), fresh.user());

        MedGrid.error(before::loggedUser).assertIs(401, "AuthenticationError", "Invalid API key");
        MedGrid.Account renewed = new MedGrid.Account(user.email(), fresh.apiKey(), fresh.apiSecret());
        assertEquals(user.email(), renewed.basic(FrappeMethods.class).loggedUser().message());
    }
}
