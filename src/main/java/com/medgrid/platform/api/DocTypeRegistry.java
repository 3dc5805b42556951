package com.medgrid.platform.api;

import com.medgrid.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** The {@link DocTypeHandler}s by DocType name, with the access rule of each of their operations. */
@ApplicationScoped
public class DocTypeRegistry {

    /** The resource operations, named after the handler methods that implement them. */
    public enum Op {
        LIST("list", ApiArgs.class), GET("get", String.class), CREATE("create", ApiArgs.class),
        UPDATE("update", String.class, ApiArgs.class), DELETE("delete", String.class);

        private final String method;
        private final Class<?>[] parameters;

        Op(String method, Class<?>... parameters) {
            this.method = method;
            this.parameters = parameters;
        }

        /** The scopes that open this operation: reads by {@code read}, the rest by {@code write}; none without the annotation. */
        String[] scopes(DocTypeScopes declared) {
            if (declared == null) {
                return new String[0];
            }
            return this == LIST || this == GET ? declared.read() : declared.write();
        }
    }

    private record Registered(DocTypeHandler handler, Map<Op, Access> access) {
    }

    private final Map<String, Registered> handlers = new TreeMap<>();

    @Inject
    public DocTypeRegistry(Instance<DocTypeHandler> all) {
        for (Instance.Handle<DocTypeHandler> handle : all.handles()) {
            Class<?> beanClass = handle.getBean().getBeanClass();
            DocTypeHandler handler = handle.get();
            DocTypeScopes scopes = beanClass.getAnnotation(DocTypeScopes.class);
            Map<Op, Access> access = new EnumMap<>(Op.class);
            for (Op op : Op.values()) {
                access.put(op, Access.of(method(beanClass, op), beanClass).openedBy(op.scopes(scopes)));
            }
            if (handlers.put(handler.doctype(), new Registered(handler, access)) != null) {
                throw new IllegalStateException("Two handlers for DocType " + handler.doctype());
            }
        }
    }

    /** For CDI's client proxy only. */
    protected DocTypeRegistry() {
    }

    private static Method method(Class<?> beanClass, Op op) {
        try {
            return beanClass.getMethod(op.method, op.parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(beanClass + " does not implement " + op.method, e);
        }
    }

    /** The handler, after checking the caller may perform {@code op} on it (401/403/404). */
    public DocTypeHandler resolve(String doctype, Op op, CurrentUser user) {
        Registered registered = handlers.get(doctype);
        if (registered == null) {
            throw ApiException.notFound("DocType " + doctype + " not found.");
        }
        registered.access().get(op).check(user, op.name().toLowerCase() + " " + doctype);
        return registered.handler();
    }

}
