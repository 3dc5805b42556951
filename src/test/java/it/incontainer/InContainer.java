package it.incontainer;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The archive an in-container test deploys: the classes under test on the application's own persistence
 * unit (its file, not a copy: the entities a test deploys are found by scanning its archive).
 */
public final class InContainer {

    private InContainer() {
    }

    public static WebArchive deployment(String name, Class<?>... classes) {
        return ShrinkWrap.create(WebArchive.class, name)
                .addClasses(classes)
                .addClass(Sql.class)
                .addAsResource(new File("src/main/resources/META-INF/persistence.xml"), "META-INF/persistence.xml")
                .addAsWebInfResource("incontainer/beans.xml", "beans.xml");
    }
}
