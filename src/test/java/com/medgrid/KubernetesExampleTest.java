package com.medgrid;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code liberty/kubernetes/medgrid.yaml}, the example the README gives users (it cannot be applied here):
 * valid YAML of the expected resources, probes on the health endpoints the server serves, and only settings
 * the server reads (a variable of server.xml, or a MicroProfile Config property in its environment form).
 */
class KubernetesExampleTest {

    private static final Path MANIFEST = Path.of("liberty", "kubernetes", "medgrid.yaml");
    private static final Pattern SERVER_VARIABLE = Pattern.compile("<variable name=\"([A-Za-z_.]+)\"");

    private static List<Map<String, Object>> documents;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(MANIFEST)) {
            new Yaml().loadAll(reader).forEach(document -> documents.add((Map<String, Object>) document));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static Map<String, Object> application() {
        return documents.stream().filter(d -> "OpenLibertyApplication".equals(d.get("kind"))).findFirst().orElseThrow();
    }

    private static Map<String, Object> secret(String name) {
        return documents.stream().filter(d -> "Secret".equals(d.get("kind")) && name.equals(map(d.get("metadata")).get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no Secret " + name));
    }

    /** What the server reads from its environment: server.xml's variables and the env form of its MicroProfile properties. */
    private static Set<String> settings() throws IOException {
        Set<String> settings = new TreeSet<>();
        Matcher variables = SERVER_VARIABLE.matcher(Files.readString(Path.of("liberty", "config", "server.xml")));
        while (variables.find()) {
            settings.add(variables.group(1));
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src", "main", "resources", "META-INF", "microprofile-config.properties"))) {
            properties.load(reader);
        }
        properties.stringPropertyNames().forEach(p -> settings.add(p.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT)));
        return settings;
    }

    @Test
    void anOpenLibertyApplicationOfSeveralMembersOnPostgreSql() {
        Map<String, Object> app = application();
        assertEquals("apps.openliberty.io/v1", app.get("apiVersion"));
        Map<String, Object> spec = map(app.get("spec"));
        assertTrue((Integer) spec.get("replicas") >= 2, "several members");
        assertTrue(((String) spec.get("applicationImage")).contains(":"), "a tagged image");
        assertTrue(list(spec.get("env")).contains(Map.of("name", "DB_KIND", "value", "postgresql")));
        assertTrue(map(secret("medgrid-database").get("stringData")).get("DB_URL").toString().startsWith("jdbc:postgresql://"));
    }

    @Test
    void probesUseTheServersHealthEndpoints() {
        Map<String, Object> spec = map(application().get("spec"));
        Object port = map(spec.get("service")).get("targetPort");
        Map<String, Object> probes = map(spec.get("probes"));
        Map<String, String> paths = Map.of("startup", "/health/started", "readiness", "/health/ready", "liveness", "/health/live");
        paths.forEach((probe, path) -> {
            Map<String, Object> httpGet = map(map(probes.get(probe)).get("httpGet"));
            assertEquals(path, httpGet.get("path"), probe);
            assertEquals(port, httpGet.get("port"), probe);
        });
    }

    @Test
    void everySettingIsOneTheServerReads() throws IOException {
        Set<String> known = settings();
        Map<String, Object> spec = map(application().get("spec"));
        List<String> named = new ArrayList<>();
        list(spec.get("env")).forEach(env -> named.add((String) env.get("name")));
        list(spec.get("envFrom")).forEach(from -> named.addAll(map(secret((String) map(from.get("secretRef")).get("name"))
                .get("stringData")).keySet()));
        assertTrue(named.containsAll(List.of("DB_URL", "DB_USER", "DB_PASSWORD", "SECRETS_KEY", "ADMIN_CENTER_PASSWORD")), named.toString());
        named.forEach(name -> assertTrue(known.contains(name), name + " is not a setting of the server: " + known));
    }
}
