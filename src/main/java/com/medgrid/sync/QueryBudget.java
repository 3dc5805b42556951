package com.medgrid.sync;

import com.medgrid.platform.api.ApiException;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one GraphQL request may ask for, checked on the parsed document before anything runs: fields
 * nested at most {@code maxDepth} deep, and at most {@code maxCost} units in all, each root query
 * costing its page size ({@code first}, 100 unless given) times the fields it selects per row;
 * aliases of a query add up. Introspection ({@code __schema}, {@code __type}) is bounded by the
 * schema and not charged. A document that does not parse is left to GraphQL, which says why.
 */
final class QueryBudget {

    static final int DEFAULT_FIRST = 100;

    private final int maxDepth;
    private final int maxCost;

    QueryBudget(int maxDepth, int maxCost) {
        this.maxDepth = maxDepth;
        this.maxCost = maxCost;
    }

    /** @throws ApiException (417) naming what to change when the request asks for too much */
    void check(String query, String operationName, Map<String, Object> variables) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return;
        }
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, f -> f, (a, b) -> a));
        Optional<OperationDefinition> operation = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(op -> operationName == null || operationName.equals(op.getName())).findFirst();
        if (operation.isEmpty()) {
            return;
        }
        int cost = 0;
        for (Field root : fields(operation.get().getSelectionSet(), fragments, new HashSet<>())) {
            if (root.getName().startsWith("__")) {
                continue;
            }
            int depth = 1 + depth(root.getSelectionSet(), fragments, new HashSet<>());
            if (depth > maxDepth) {
                throw ApiException.validation("This query nests fields " + depth + " deep; at most " + maxDepth + " are allowed.");
            }
            cost += first(root, variables) * Math.max(1, leaves(root.getSelectionSet(), fragments, new HashSet<>()));
        }
        if (cost > maxCost) {
            throw ApiException.validation("This query costs " + cost + " units (page size × fields per row, over all its queries);"
                    + " at most " + maxCost + " are allowed: ask for smaller pages or fewer fields.");
        }
    }

    /** The fields of a selection, fragments spread in place ({@code seen} stops a fragment that spreads itself). */
    private static List<Field> fields(SelectionSet set, Map<String, FragmentDefinition> fragments, Set<String> seen) {
        List<Field> fields = new ArrayList<>();
        if (set == null) {
            return fields;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                fields.add(field);
            } else if (selection instanceof InlineFragment inline) {
                fields.addAll(fields(inline.getSelectionSet(), fragments, seen));
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName()) && seen.add(spread.getName())) {
                fields.addAll(fields(fragments.get(spread.getName()).getSelectionSet(), fragments, seen));
            }
        }
        return fields;
    }

    static int depth(SelectionSet set, Map<String, FragmentDefinition> fragments, Set<String> seen) {
        int deepest = 0;
        for (Field field : fields(set, fragments, seen)) {
            deepest = Math.max(deepest, 1 + depth(field.getSelectionSet(), fragments, new HashSet<>(seen)));
        }
        return deepest;
    }

    static int leaves(SelectionSet set, Map<String, FragmentDefinition> fragments, Set<String> seen) {
        int leaves = 0;
        for (Field field : fields(set, fragments, seen)) {
            leaves += field.getSelectionSet() == null ? 1 : leaves(field.getSelectionSet(), fragments, new HashSet<>(seen));
        }
        return leaves;
    }

    /** The page size a root query asks for: a literal, a variable's value, or the default. */
    private static int first(Field root, Map<String, Object> variables) {
        Argument first = root.getArguments().stream().filter(a -> "first".equals(a.getName())).findFirst().orElse(null);
        if (first == null) {
            return DEFAULT_FIRST;
        }
        if (first.getValue() instanceof IntValue literal) {
            return literal.getValue().intValue();
        }
        if (first.getValue() instanceof VariableReference variable && variables.get(variable.getName()) instanceof Number number) {
            return number.intValue();
        }
        return DEFAULT_FIRST;
    }
}
