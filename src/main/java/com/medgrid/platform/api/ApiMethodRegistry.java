package com.medgrid.platform.api;

import com.medgrid.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The {@code /api/method/...} endpoints found by {@link ApiMethodExtension}, by dotted name. */
@ApplicationScoped
public class ApiMethodRegistry {

    /** One callable endpoint. */
    public record Endpoint(String name, List<String> httpMethods, String summary, Access access,
                           Function<ApiArgs, Object> target) {
    }

    private final Map<String, Endpoint> endpoints;

    @Inject
    public ApiMethodRegistry(ApiMethodExtension extension, BeanManager beans) {
        this.endpoints = extension.found().stream()
                .map(found -> endpoint(found, beans))
                .collect(Collectors.toMap(Endpoint::name, e -> e, (a, b) -> a, TreeMap::new));
    }

    /** For CDI's client proxy only. */
    protected ApiMethodRegistry() {
        this.endpoints = Map.of();
    }

    private static Endpoint endpoint(ApiMethodExtension.Found found, BeanManager beans) {
        ApiMethod api = found.annotation();
        Method method = found.method();
        Object instance = beans.getReference(found.bean(), found.bean().getBeanClass(), beans.createCreationalContext(found.bean()));
        boolean takesArgs = method.getParameterCount() == 1;
        Function<ApiArgs, Object> target = args -> invoke(method, instance, takesArgs ? new Object[]{args} : new Object[0]);
        return new Endpoint(api.value(), Arrays.asList(api.httpMethods()), api.summary(),
                Access.of(method, found.bean().getBeanClass()), target);
    }

    private static Object invoke(Method method, Object instance, Object[] args) {
        try {
            return method.invoke(instance, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    public Collection<Endpoint> all() {
        return endpoints.values();
    }

    /** Finds the endpoint and checks the HTTP method and the caller's access, in that order. */
    public Endpoint resolve(String name, String httpMethod, CurrentUser user) {
        Endpoint endpoint = endpoints.get(name);
        if (endpoint == null) {
            throw ApiException.notFound("Method " + name + " not found.");
        }
        if (!endpoint.httpMethods().contains(httpMethod)) {
            throw new ApiException(ApiError.METHOD_NOT_ALLOWED,
                    name + " accepts " + String.join(", ", endpoint.httpMethods()) + ", not " + httpMethod + ".");
        }
        endpoint.access().check(user, name);
        return endpoint;
    }
}
