package com.medgrid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Every compiled class of the application (not loaded, not initialised), for tests of rules that hold across packages. */
public final class ApplicationClasses {

    private ApplicationClasses() {
    }

    public static List<Class<?>> all() {
        try {
            Path root = Path.of(ApplicationClasses.class.getClassLoader().getResource("com/medgrid/MedgridApplication.class").toURI())
                    .getParent().getParent().getParent();
            try (Stream<Path> files = Files.walk(root.resolve("com/medgrid"))) {
                return files.map(root::relativize).map(Path::toString).filter(n -> n.endsWith(".class"))
                        .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                        .<Class<?>>map(ApplicationClasses::load).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApplicationClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
