package com.medgrid.platform.api;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Transient;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The queryable fields of a DocType, derived from its JPA entity so the two cannot drift: the
 * field name on the wire is the column name, the attribute is the Java field. Only scalar
 * columns are listed; {@link ApiHidden} fields and relations are not.
 */
public final class DocTypeMeta {

    private static final Set<Class<?>> SCALARS = Set.of(String.class, Integer.class, int.class, Long.class, long.class,
            BigDecimal.class, Boolean.class, boolean.class, LocalDate.class, Instant.class);

    /** One field as the API sees it: a column ({@code attribute} is its Java field) or a {@link DerivedFields derived} one. */
    public record FieldMeta(String fieldname, String attribute, Class<?> type) {

        /** A field that is not a column of the entity; its values come from {@link DerivedFields}. */
        public static FieldMeta derived(String fieldname, Class<?> type) {
            return new FieldMeta(fieldname, null, type);
        }

        public boolean isDerived() {
            return attribute == null;
        }

        public boolean isText() {
            return type == String.class;
        }
    }

    private final String doctype;
    private final Class<?> entity;
    private final Map<String, FieldMeta> fields;
    private final DerivedFields derived;

    private DocTypeMeta(String doctype, Class<?> entity, Map<String, FieldMeta> fields, DerivedFields derived) {
        this.doctype = doctype;
        this.entity = entity;
        this.fields = Collections.unmodifiableMap(fields);
        this.derived = derived;
    }

    public static DocTypeMeta of(String doctype, Class<?> entity) {
        Map<String, FieldMeta> fields = new LinkedHashMap<>();
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                if (isListable(field)) {
                    String fieldname = fieldname(field);
                    fields.put(fieldname, new FieldMeta(fieldname, field.getName(), box(field.getType())));
                }
            }
        }
        return new DocTypeMeta(doctype, entity, fields, null);
    }

    /** This DocType with fields that come from elsewhere besides its columns, shown after them. */
    public DocTypeMeta withDerived(DerivedFields derivedFields) {
        Map<String, FieldMeta> all = new LinkedHashMap<>(fields);
        derivedFields.fields().forEach(field -> all.put(field.fieldname(), field));
        return new DocTypeMeta(doctype, entity, all, derivedFields);
    }

    /** The derived fields' source, if the DocType has any. */
    public java.util.Optional<DerivedFields> derived() {
        return java.util.Optional.ofNullable(derived);
    }

    private static String fieldname(Field field) {
        ApiFieldName named = field.getAnnotation(ApiFieldName.class);
        if (named != null) {
            return named.value();
        }
        Column column = field.getAnnotation(Column.class);
        return column != null && !column.name().isEmpty() ? column.name() : snakeCase(field.getName());
    }

    private static boolean isListable(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                && SCALARS.contains(field.getType())
                && field.getAnnotation(ApiHidden.class) == null
                && field.getAnnotation(Transient.class) == null
                && field.getAnnotation(OneToMany.class) == null
                && field.getAnnotation(ManyToOne.class) == null
                && field.getAnnotation(OneToOne.class) == null
                && field.getAnnotation(ManyToMany.class) == null
                && field.getAnnotation(ElementCollection.class) == null
                && field.getAnnotation(Embedded.class) == null;
    }

    static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    private static Class<?> box(Class<?> type) {
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        return type;
    }

    public String doctype() {
        return doctype;
    }

    public Class<?> entity() {
        return entity;
    }

    public Map<String, FieldMeta> fields() {
        return fields;
    }

    public boolean hasField(String fieldname) {
        return fields.containsKey(fieldname);
    }

    /** Every field of {@code entity}, derived ones included, as the API sends it, plus {@code "doctype"}. */
    public Map<String, Object> render(Object entity) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("doctype", doctype);
        for (FieldMeta field : fields.values()) {
            if (!field.isDerived()) {
                doc.put(field.fieldname(), FieldValues.toWire(read(entity, field.attribute())));
            }
        }
        if (derived != null) {
            derived.fill(List.of(doc));
        }
        return doc;
    }

    private static Object read(Object entity, String attribute) {
        try {
            return declared(entity.getClass(), attribute).get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Copies the {@code writable} fields present in {@code body} onto {@code entity}, converted to
     * their Java types (417 for a value that does not fit). Other keys are left to the caller
     * ({@link #checkWritable} refuses unknown ones).
     */
    public void apply(ApiArgs body, Object entity, java.util.Collection<String> writable) {
        for (String key : body.asJson().keySet()) {
            if (writable.contains(key) && fields.containsKey(key) && !fields.get(key).isDerived()) {
                FieldMeta field = fields.get(key);
                write(entity, field.attribute(), FieldValues.fromJson(field, body.asJson().get(key)));
            }
        }
    }

    private static void write(Object entity, String attribute, Object value) {
        Field field = declared(entity.getClass(), attribute);
        if (value == null && field.getType().isPrimitive()) {
            throw ApiException.validation(snakeCase(attribute) + " cannot be empty.");
        }
        try {
            field.set(entity, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field declared(Class<?> type, String attribute) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(attribute);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // declared further up the hierarchy
            }
        }
        throw new IllegalStateException(attribute + " not found on " + type);
    }

    /**
     * Refuses a write that names a field this DocType does not have. Fields it has but that are
     * not in {@code writable} (name, creation, modified...) are ignored, as Frappe does when a
     * client sends a whole document back.
     */
    public void checkWritable(ApiArgs body, java.util.Collection<String> writable) {
        for (String key : body.asJson().keySet()) {
            if (!writable.contains(key) && !fields.containsKey(key) && !key.equals("doctype")) {
                throw ApiException.validation("Unknown field " + key + " for " + doctype + ".");
            }
        }
    }

    /** The field, or a 417 naming the unknown field and the DocType. */
    public FieldMeta field(String fieldname) {
        FieldMeta field = fields.get(fieldname);
        if (field == null) {
            throw ApiException.validation("Field not permitted in query: " + fieldname + " is not a field of " + doctype + ".");
        }
        return field;
    }
}
