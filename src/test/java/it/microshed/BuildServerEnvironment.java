package it.microshed;

import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.ManuallyStartedConfiguration;

/**
 * MicroShed's manual mode ({@link ManuallyStartedConfiguration}: the server the build started, found
 * through the {@code microshed_*} system properties that failsafe sets), except that it leaves
 * REST-assured alone.
 *
 * <p>MicroShed normally sets REST-assured's static {@code baseURI}, {@code port}, {@code basePath} and
 * default object mapper (JSON-B) for every {@code @MicroShedTest} class. Failsafe runs all ITs in one
 * JVM, so that would change how the REST-assured ITs that run after it build their URLs (a static port
 * even overrides the one in a full URL) and serialize their bodies (Jackson, which is on the test
 * classpath). The MicroShed tests use typed JAX-RS clients only, so they need none of it.
 *
 * <p>Registered in {@code META-INF/services/org.microshed.testing.ApplicationEnvironment}; its priority
 * is above the plain manual mode's, and it is available exactly when that is.
 */
public class BuildServerEnvironment extends ManuallyStartedConfiguration {

    @Override
    public int getPriority() {
        return ApplicationEnvironment.DEFAULT_PRIORITY;
    }

    @Override
    public boolean configureRestAssured() {
        return false;
    }
}
