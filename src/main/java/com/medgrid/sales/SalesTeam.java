package com.medgrid.sales;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The sales team's tree as read once: who is under whom, and each member's rate. */
final class SalesTeam {

    record Member(String name, String displayName, String parent, String user, BigDecimal commissionRate, boolean enabled) {
    }

    private final Map<String, Member> members = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();

    SalesTeam(Collection<Member> all) {
        all.forEach(m -> members.put(m.name(), m));
        all.stream().filter(m -> m.parent() != null)
                .forEach(m -> children.computeIfAbsent(m.parent(), p -> new ArrayList<>()).add(m.name()));
        children.values().forEach(list -> list.sort(String::compareTo));
    }

    Member member(String name) {
        return members.get(name);
    }

    Set<String> all() {
        return members.keySet();
    }

    Optional<Member> ofUser(String user) {
        return members.values().stream().filter(m -> user.equals(m.user())).findFirst();
    }

    /** {@code root} and everyone under it, parents before children. */
    Set<String> subtree(String root) {
        Set<String> found = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(List.of(root));
        while (!queue.isEmpty()) {
            String next = queue.remove(0);
            if (found.add(next)) {
                queue.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return found;
    }

    List<String> children(String name) {
        return children.getOrDefault(name, List.of());
    }

    /** The member at the top of {@code name}'s branch (itself when it has no parent). */
    String root(String name) {
        String current = name;
        Set<String> seen = new LinkedHashSet<>();
        while (members.get(current).parent() != null && seen.add(current)) {
            current = members.get(current).parent();
        }
        return current;
    }

    /** Whether {@code candidate} is {@code root} or under it (so it cannot become root's parent: a cycle). */
    boolean isWithin(String candidate, String root) {
        return subtree(root).contains(candidate);
    }

    /**
     * The member directly under {@code ancestor} on the way down to {@code descendant} (a strict
     * descendant): the one whose slice the ancestor gave away.
     */
    String childOnPath(String ancestor, String descendant) {
        String current = descendant;
        while (!ancestor.equals(members.get(current).parent())) {
            current = members.get(current).parent();
        }
        return current;
    }

    /** The highest rate among {@code name}'s direct sub-reps (zero without any). */
    BigDecimal highestChildRate(String name) {
        return children(name).stream().map(c -> members.get(c).commissionRate()).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }
}
