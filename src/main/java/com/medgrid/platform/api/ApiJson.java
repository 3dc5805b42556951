package com.medgrid.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.spi.JsonProvider;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Wire formats shared by every endpoint: datetimes {@code YYYY-MM-DD HH:MM:SS} in UTC, dates
 * {@code YYYY-MM-DD}, money as plain JSON numbers, nulls written out (Frappe sends them).
 */
public final class ApiJson {

    public static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Looked up once: every {@code Json.createX()} call searches for the provider again (slow under OSGi). */
    public static final JsonProvider JSON = JsonProvider.provider();

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(true)
            .withSerializers(new InstantSerializer(), new LocalDateTimeSerializer()));

    private ApiJson() {
    }

    public static Jsonb jsonb() {
        return JSONB;
    }

    public static String format(Instant instant) {
        return instant == null ? null : DATETIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** Accepts {@code YYYY-MM-DD HH:MM:SS[.ffffff]} (UTC) and ISO-8601 instants. */
    public static Instant parseDatetime(String text) {
        String value = text.trim();
        try {
            if (value.length() > 19 && value.charAt(10) == ' ') {
                value = value.substring(0, 19);
            }
            return LocalDateTime.parse(value, DATETIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notFrappeFormat) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw ApiException.validation("Invalid datetime '" + text + "': use YYYY-MM-DD HH:MM:SS (UTC).");
            }
        }
    }

    private static final class InstantSerializer implements JsonbSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializationContext ctx) {
            generator.write(format(value));
        }
    }

    private static final class LocalDateTimeSerializer implements JsonbSerializer<LocalDateTime> {
        @Override
        public void serialize(LocalDateTime value, JsonGenerator generator, SerializationContext ctx) {
            generator.write(DATETIME.format(value));
        }
    }
}
