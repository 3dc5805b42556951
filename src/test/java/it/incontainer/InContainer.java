package it.incontainer;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive an in-container test deploys: the classes under test on the application's persistence unit. */
final class InContainer {

    private InContainer() {
    }

    static WebArchive deployment(String name, Class<?>... classes) {
        return ShrinkWrap.create(WebArchive.class, name)
                .addClasses(classes)
                .addClass(Sql.class)
                .addAsResource("incontainer/persistence.xml", "META-INF/persistence.xml")
                .addAsWebInfResource("incontainer/beans.xml", "beans.xml");
    }
}
