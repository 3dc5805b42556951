package com.medgrid.sandbox.shopify;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The part of Shopify's order search syntax the simulator understands: terms {@code field:value}
 * (value bare or in single or double quotes) joined by spaces or {@code AND}, on {@code tag}
 * (any of the order's tags, case-insensitive), {@code source_identifier} and {@code name}. Anything
 * else is refused rather than silently matching every order.
 */
final class ShopifyOrderQuery {

    private ShopifyOrderQuery() {
    }

    /** Orders (as the simulator stores them) that match {@code query}; blank matches every order. */
    static Predicate<JsonObject> parse(String query) {
        Predicate<JsonObject> all = order -> true;
        for (String term : terms(query == null ? "" : query)) {
            if (term.equals("AND")) {
                continue;
            }
            int colon = term.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("Unsupported search term '" + term + "': use field:value");
            }
            String field = term.substring(0, colon);
            String value = unquote(term.substring(colon + 1));
            all = all.and(switch (field) {
                case "tag" -> order -> order.getJsonArray("tags").getValuesAs(JsonString.class).stream()
                        .anyMatch(tag -> tag.getString().equalsIgnoreCase(value));
                case "source_identifier" -> order -> value.equals(order.getString("sourceIdentifier", null));
                case "name" -> order -> order.getString("name").equals(value.startsWith("#") ? value : "#" + value);
                default -> throw new IllegalArgumentException("Unsupported search field '" + field + "': tag, source_identifier and name are");
            });
        }
        return all;
    }

    /** Splits on spaces outside quotes. */
    private static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        StringBuilder term = new StringBuilder();
        char quote = 0;
        for (char c : query.toCharArray()) {
            if (quote == 0 && Character.isWhitespace(c)) {
                if (!term.isEmpty()) {
                    terms.add(term.toString());
                    term.setLength(0);
                }
                continue;
            }
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
            term.append(c);
        }
        if (quote != 0) {
            throw new IllegalArgumentException("Unterminated quote in search query");
        }
        if (!term.isEmpty()) {
            terms.add(term.toString());
        }
        return terms.stream().map(t -> t.equalsIgnoreCase("and") ? t.toUpperCase(Locale.ROOT) : t).toList();
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.charAt(0) == '\'' || value.charAt(0) == '"')
                && value.charAt(value.length() - 1) == value.charAt(0);
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
