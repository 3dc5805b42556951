package com.medgrid.platform.api;

import com.medgrid.platform.api.ListQuery.Condition;
import com.medgrid.platform.api.ListQuery.Operator;
import jakarta.json.Json;
import jakarta.persistence.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListQueryParserTest {

    /** A DocType with one field of every supported type and a hidden one. */
    static class Sample {
        String name;
        @Column(name = "full_name")
        String fullName;
        Integer qty;
        BigDecimal rate;
        Boolean enabled;
        LocalDate dueDate;
        Instant modified;
        @ApiHidden
        String secretHash;
    }

    private static final DocTypeMeta META = DocTypeMeta.of("Sample", Sample.class);

    private static ListQuery parse(String... keyValues) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put(keyValues[i], List.of(keyValues[i + 1]));
        }
        return ListQueryParser.parse(META, ApiArgs.ofParameters(params));
    }

    private static ApiException refused(String... keyValues) {
        ApiException e = assertThrows(ApiException.class, () -> parse(keyValues));
        assertEquals(ApiError.VALIDATION, e.error());
        return e;
    }

    private static Condition onlyFilter(String filters) {
        List<Condition> conditions = parse("filters", filters).filters();
        assertEquals(1, conditions.size());
        return conditions.get(0);
    }

    @Test
    void defaultsAreNameOnlyNewestFirstTwentyRowsAsDicts() {
        ListQuery q = parse();
        assertEquals(List.of("name"), q.fields().stream().map(DocTypeMeta.FieldMeta::fieldname).toList());
        assertEquals("modified", q.orderBy().get(0).field().fieldname());
        assertTrue(q.orderBy().get(0).descending());
        assertEquals(0, q.start());
        assertEquals(20, q.pageLength());
        assertTrue(q.asDict());
    }

    @Test
    void starListsEveryFieldButHiddenOnes() {
        List<String> fields = parse("fields", "[\"*\"]").fields().stream().map(DocTypeMeta.FieldMeta::fieldname).toList();
        assertEquals(List.of("name", "full_name", "qty", "rate", "enabled", "due_date", "modified"), fields);
        assertFalse(fields.contains("secret_hash"));
    }

    @Test
    void unknownOrHiddenFieldsAreRefusedByName() {
        assertTrue(refused("fields", "[\"colour\"]").getMessage().contains("colour is not a field of Sample"));
        assertTrue(refused("fields", "[\"secret_hash\"]").getMessage().contains("secret_hash"));
        assertTrue(refused("filters", "[[\"colour\",\"=\",1]]").getMessage().contains("colour"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "=|EQ", "!=|NE", ">|GT", "<|LT", ">=|GE", "<=|LE", "like|LIKE", "not like|NOT_LIKE", "LIKE|LIKE"})
    void comparisonOperatorsParse(String symbol, Operator expected) {
        String operand = symbol.toLowerCase().contains("like") ? "\"%a%\"" : "\"a\"";
        Condition c = onlyFilter("[[\"full_name\",\"" + symbol + "\"," + operand + "]]");
        assertEquals(expected, c.operator());
    }

    @Test
    void inAndNotInTakeListsOrCommaSeparatedText() {
        assertEquals(List.of(1, 2, 3), onlyFilter("[[\"qty\",\"in\",[1,\"2\",3]]]").operand());
        assertEquals(List.of("a", "b"), onlyFilter("[[\"name\",\"not in\",\"a, b\"]]").operand());
        assertEquals(Operator.NOT_IN, onlyFilter("[[\"name\",\"not in\",\"a\"]]").operator());
    }

    @Test
    void isTakesSetOrNotSet() {
        assertEquals(true, onlyFilter("[[\"full_name\",\"is\",\"set\"]]").operand());
        assertEquals(false, onlyFilter("[[\"full_name\",\"is\",\"not set\"]]").operand());
        assertTrue(refused("filters", "[[\"full_name\",\"is\",\"maybe\"]]").getMessage().contains("set"));
    }

    @Test
    void betweenTakesExactlyTwoValuesOfTheFieldsType() {
        Condition c = onlyFilter("[[\"due_date\",\"between\",[\"2026-01-01\",\"2026-12-31\"]]]");
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), c.operand());
        refused("filters", "[[\"qty\",\"between\",[1]]]");
        refused("filters", "[[\"qty\",\"between\",[1,2,3]]]");
    }

    @Test
    void operandsAreConvertedToTheFieldType() {
        assertEquals(5, onlyFilter("[[\"qty\",\">\",\"5\"]]").operand());
        assertEquals(new BigDecimal("9.5"), onlyFilter("[[\"rate\",\"<=\",9.5]]").operand());
        assertEquals(true, onlyFilter("[[\"enabled\",\"=\",\"1\"]]").operand());
        assertEquals(Instant.parse("2026-05-20T17:42:09Z"), onlyFilter("[[\"modified\",\">\",\"2026-05-20 17:42:09\"]]").operand());
    }

    @Test
    void dictAndFourElementFormsAreAccepted() {
        ListQuery q = parse("filters", "{\"qty\": 3, \"full_name\": [\"like\", \"%x%\"]}");
        assertEquals(Operator.EQ, q.filters().get(0).operator());
        assertEquals(Operator.LIKE, q.filters().get(1).operator());
        assertEquals(Operator.GE, onlyFilter("[[\"Sample\",\"qty\",\">=\",1]]").operator());
        assertTrue(refused("filters", "[[\"Other\",\"qty\",\">=\",1]]").getMessage().contains("Other"));
    }

    @Test
    void orFiltersAreKeptApart() {
        ListQuery q = parse("filters", "[[\"qty\",\">\",1]]", "or_filters", "[[\"name\",\"=\",\"a\"],[\"name\",\"=\",\"b\"]]");
        assertEquals(1, q.filters().size());
        assertEquals(2, q.orFilters().size());
    }

    @Test
    void jsonBodyArgumentsWork() {
        ApiArgs args = ApiArgs.of(Json.createObjectBuilder()
                .add("fields", Json.createArrayBuilder().add("name").add("qty"))
                .add("filters", Json.createArrayBuilder().add(Json.createArrayBuilder().add("qty").add(">").add(2)))
                .add("limit_page_length", 5)
                .build());
        ListQuery q = ListQueryParser.parse(META, args);
        assertEquals(2, q.fields().size());
        assertEquals(2, q.filters().get(0).operand());
        assertEquals(5, q.pageLength());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[[\"qty\",\"=\",\"many\"]]",          // not a number
            "[[\"qty\",\"regexp\",\"1\"]]",        // unknown operator
            "[[\"qty\",\"like\",\"1%\"]]",         // like on a number
            "[[\"name\",\"=\"",                    // malformed JSON
            "[\"name\"]",                          // entry not a list
            "[[\"name\",\"=\",null]]",             // comparing with null
            "[[\"name\",\"=\"]]",                  // two elements
            "\"name\""                             // neither list nor dict
    })
    void badFiltersAreValidationErrors(String filters) {
        refused("filters", filters);
    }

    @Test
    void orderByAcceptsKnownFieldsOnly() {
        ListQuery q = parse("order_by", "full_name desc, name asc");
        assertEquals(List.of("full_name", "name"), q.orderBy().stream().map(o -> o.field().fieldname()).toList());
        assertTrue(q.orderBy().get(0).descending());
        assertFalse(q.orderBy().get(1).descending());
        assertEquals("name", parse("order_by", "`tabSample`.`name` desc").orderBy().get(0).field().fieldname());
        refused("order_by", "colour desc");
        refused("order_by", "name; drop table users");
        refused("order_by", "name desc nulls first");
        refused("order_by", "(select 1)");
        refused("order_by", "`tabOther`.`name` desc");
    }

    @Test
    void pagingHasDefaultsCapsAndRefusesNonsense() {
        assertEquals(500, parse("limit_page_length", "0").pageLength());
        assertEquals(500, parse("limit_page_length", "1000").pageLength());
        assertEquals(7, parse("limit", "7").pageLength());
        assertEquals(40, parse("limit_start", "40").start());
        refused("limit_page_length", "-1");
        refused("limit_start", "-5");
        refused("limit_page_length", "ten");
        assertFalse(parse("as_dict", "0").asDict());
    }
}
