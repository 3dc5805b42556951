package com.medgrid.platform.api;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessManagedBean;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds every {@link ApiMethod} on CDI beans while the container starts and fails the deployment
 * on a duplicate name or an unsupported signature, so a broken endpoint never reaches production.
 */
public class ApiMethodExtension implements Extension {

    /** One published method: the bean that owns it and the Java method to invoke. */
    public record Found(Bean<?> bean, Method method, ApiMethod annotation) {
    }

    private final List<Found> found = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    <T> void collect(@Observes ProcessManagedBean<T> event) {
        for (AnnotatedMethod<? super T> annotated : event.getAnnotatedBeanClass().getMethods()) {
            ApiMethod api = annotated.getAnnotation(ApiMethod.class);
            if (api == null) {
                continue;
            }
            Method method = annotated.getJavaMember();
            Class<?>[] params = method.getParameterTypes();
            if (params.length > 1 || (params.length == 1 && params[0] != ApiArgs.class)) {
                problems.add(method + ": an @ApiMethod takes no parameter or one ApiArgs");
            }
            found.add(new Found(event.getBean(), method, api));
        }
    }

    void validate(@Observes AfterDeploymentValidation event) {
        Set<String> names = new HashSet<>();
        for (Found f : found) {
            if (!names.add(f.annotation().value())) {
                problems.add("@ApiMethod(\"" + f.annotation().value() + "\") is declared twice");
            }
        }
        problems.forEach(p -> event.addDeploymentProblem(new IllegalStateException(p)));
    }

    public List<Found> found() {
        return List.copyOf(found);
    }
}
