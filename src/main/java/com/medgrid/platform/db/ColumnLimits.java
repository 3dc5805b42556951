package com.medgrid.platform.db;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.validation.TextRules;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Table;

import javax.sql.DataSource;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the database's columns can hold, read from the schema itself (Flyway owns it, so the
 * limits cannot drift from an annotation copy): the length of text columns, the precision and
 * scale of numbers. {@link #check} refuses, as a 417 naming the field, a value its column would
 * refuse or silently round, before any SQL is sent.
 */
@ApplicationScoped
public class ColumnLimits {

    /** One column's type and size as JDBC reports it. */
    record Limit(int jdbcType, int size, int scale) {
    }

    /** A mapped column of an entity class. */
    private record Mapped(Field field, Limit limit) {
    }

    @Resource(lookup = "jdbc/medgrid-schema")
    DataSource dataSource;

    private volatile Map<String, Map<String, Limit>> tables;
    private final Map<Class<?>, List<Mapped>> mappings = new ConcurrentHashMap<>();

    /** Refuses (417) the first value of {@code entity} that does not fit its column. */
    public void check(Object entity) {
        for (Mapped mapped : mapped(entity.getClass())) {
            Object value;
            try {
                value = mapped.field().get(entity);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            String column = mapped.field().getAnnotation(Column.class).name();
            problem(mapped.limit(), value).ifPresent(problem -> {
                throw ApiException.validation((column.isEmpty() ? mapped.field().getName() : column) + " " + problem + ".");
            });
        }
    }

    /** Why {@code value} does not fit a column of this kind, or empty when it does (null always fits here). */
    static Optional<String> problem(Limit limit, Object value) {
        if (value instanceof String text) {
            if (isText(limit) && limit.size() > 0 && text.length() > limit.size()) {
                return Optional.of("is too long: " + text.length() + " characters, at most " + limit.size());
            }
            return TextRules.problem(text, false);
        }
        if (value instanceof BigDecimal number && isNumeric(limit)) {
            BigDecimal plain = number.stripTrailingZeros();
            int decimals = Math.max(0, plain.scale());
            if (decimals > limit.scale()) {
                return Optional.of(shown(number) + " has more than " + limit.scale() + " decimal places");
            }
            int digits = plain.precision() - plain.scale();
            if (digits > limit.size() - limit.scale()) {
                return Optional.of(shown(number) + " is too large: at most " + (limit.size() - limit.scale())
                        + " digits before the decimal point");
            }
        }
        if (value instanceof LocalDate date && outOfRange(date.getYear())) {
            return Optional.of(date + " is not a date between the years 1 and 9999");
        }
        if (value instanceof Instant instant && outOfRange(instant.atOffset(ZoneOffset.UTC).getYear())) {
            return Optional.of(instant + " is not a time between the years 1 and 9999");
        }
        return Optional.empty();
    }

    private static boolean outOfRange(int year) {
        return year < 1 || year > 9999;
    }

    private static String shown(BigDecimal number) {
        String text = number.stripTrailingZeros().toString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    private static boolean isText(Limit limit) {
        return switch (limit.jdbcType()) {
            case Types.VARCHAR, Types.CHAR, Types.NVARCHAR, Types.NCHAR, Types.LONGVARCHAR -> true;
            default -> false;
        };
    }

    private static boolean isNumeric(Limit limit) {
        return (limit.jdbcType() == Types.NUMERIC || limit.jdbcType() == Types.DECIMAL) && limit.size() > 0;
    }

    private List<Mapped> mapped(Class<?> type) {
        return mappings.computeIfAbsent(type, this::mapColumns);
    }

    private List<Mapped> mapColumns(Class<?> type) {
        Table table = null;
        for (Class<?> c = type; c != null && table == null; c = c.getSuperclass()) {
            table = c.getAnnotation(Table.class);
        }
        if (table == null) {
            return List.of();
        }
        Map<String, Limit> columns = tables().getOrDefault(table.name().toLowerCase(Locale.ROOT), Map.of());
        List<Mapped> mapped = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Column column = field.getAnnotation(Column.class);
                if (column == null || Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                String name = column.name().isEmpty() ? field.getName() : column.name();
                Limit limit = columns.get(name.toLowerCase(Locale.ROOT));
                if (limit != null) {
                    field.setAccessible(true);
                    mapped.add(new Mapped(field, limit));
                }
            }
        }
        return List.copyOf(mapped);
    }

    private Map<String, Map<String, Limit>> tables() {
        if (tables == null) {
            synchronized (this) {
                if (tables == null) {
                    tables = readSchema();
                }
            }
        }
        return tables;
    }

    private Map<String, Map<String, Limit>> readSchema() {
        Map<String, Map<String, Limit>> read = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    read.computeIfAbsent(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), t -> new HashMap<>())
                            .put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                                    new Limit(rs.getInt("DATA_TYPE"), rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the column sizes of the schema", e);
        }
        if (read.isEmpty()) {
            throw new IllegalStateException("The schema has no tables: were the migrations applied?");
        }
        return read;
    }
}
