package com.medgrid.platform.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import java.io.IOException;
import java.io.InputStream;
import java.util.jar.Manifest;

/** Frappe's built-in {@code ping} and {@code version}. */
@ApplicationScoped
public class PlatformMethods {

    @Inject
    ServletContext servletContext;

    private String version;

    @PermitAll
    @ApiMethod(value = "ping", summary = "Liveness of the API: answers \"pong\"")
    public String ping() {
        return "pong";
    }

    @PermitAll
    @ApiMethod(value = "version", summary = "The MedGrid version")
    public String version() {
        if (version == null) {
            version = readVersion();
        }
        return version;
    }

    /** Implementation-Version from the WAR's manifest, written by the build. */
    private String readVersion() {
        try (InputStream in = servletContext.getResourceAsStream("/META-INF/MANIFEST.MF")) {
            String value = in == null ? null : new Manifest(in).getMainAttributes().getValue("Implementation-Version");
            return value == null ? "development" : value;
        } catch (IOException e) {
            return "development";
        }
    }
}
