package it;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server as an integrator's off-the-shelf Frappe client sees it: {@code src/test/js/frappe-js-sdk.test.cjs}
 * drives it with the unchanged frappe-js-sdk from npm (installed from the lock file when missing):
 * login, lists with filters, order and paging, count, get, create, update, getValue/setValue, an OAuth token,
 * delete, submit, cancel, method calls and errors.
 */
class FrappeJsSdkIT {

    private static final File SCRIPTS = new File("src/test/js");

    @Test
    void theFrappeJsSdkWorksUnchanged() throws Exception {
        if (!new File(SCRIPTS, "node_modules/frappe-js-sdk").isDirectory()) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
        }
        Api.TestUser manager = Api.newUser("System Manager");
        ProcessBuilder node = new ProcessBuilder("node", "frappe-js-sdk.test.cjs");
        node.environment().put("MEDGRID_URL", Api.baseUri());
        node.environment().put("MEDGRID_USER", manager.email());
        node.environment().put("MEDGRID_PASSWORD", manager.password());
        node.environment().put("MEDGRID_KEY", manager.apiKey());
        node.environment().put("MEDGRID_SECRET", manager.apiSecret());
        node.environment().put("MEDGRID_BEARER", catalogReadToken(manager.email()));
        String output = run(node, 180);
        assertTrue(output.contains("every step passed"), output);
    }

    /** An OAuth access token acting as {@code user}, limited to reading the catalog. */
    private static String catalogReadToken(String user) {
        Map<String, String> client = Api.admin().request().contentType(ContentType.JSON)
                .body(Map.of("app_name", "frappe-js-sdk", "user", user, "scopes", List.of("catalog.read")))
                .post("/api/resource/OAuth Client").then().statusCode(200).extract().jsonPath().getMap("data");
        return Api.request().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", client.get("client_id")).formParam("client_secret", client.get("client_secret"))
                .post("/api/method/frappe.integrations.oauth2.get_token").then().statusCode(200).extract().path("access_token");
    }

    private static String run(List<String> command, int seconds) throws IOException, InterruptedException {
        return run(new ProcessBuilder(command), seconds);
    }

    private static String run(ProcessBuilder process, int seconds) throws IOException, InterruptedException {
        Process started = process.directory(SCRIPTS).redirectErrorStream(true).start();
        byte[] output = started.getInputStream().readAllBytes();
        assertTrue(started.waitFor(seconds, TimeUnit.SECONDS), "still running after " + seconds + " s: " + process.command());
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, started.exitValue(), process.command() + " failed:\n" + text);
        return text;
    }
}
