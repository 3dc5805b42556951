package com.medgrid.sandbox.mdi;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MdiStatesTest {

    @Test
    void theFiftyStatesAndDcInNameOrderWithUniqueIds() {
        assertEquals(51, MdiStates.ALL.size());
        List<String> names = MdiStates.ALL.stream().map(MdiStates.State::name).toList();
        assertEquals(names.stream().sorted().toList(), names);
        assertEquals(51, new HashSet<>(MdiStates.ALL.stream().map(MdiStates.State::abbreviation).toList()).size());
        Set<String> ids = new HashSet<>();
        MdiStates.ALL.forEach(state -> ids.add(state.id()));
        MdiStates.ALL.forEach(state -> state.cities().forEach(city -> ids.add(city.id())));
        ids.add(MdiStates.COUNTRY_ID);
        long cities = MdiStates.ALL.stream().mapToLong(state -> state.cities().size()).sum();
        assertEquals(51 + cities + 1, ids.size(), "every state, city and the country has an id of its own");
        ids.forEach(id -> assertEquals(id, UUID.fromString(id).toString()));
    }

    @Test
    void idsFollowFromTheAbbreviationAndCityNameAlone() {
        // connectors store these: they must not change from one start to the next
        assertEquals(UUID.nameUUIDFromBytes("mdi-state-CA".getBytes(StandardCharsets.UTF_8)).toString(),
                MdiStates.search("California").get(0).id());
        MdiStates.State colorado = MdiStates.search("colorado").get(0);
        assertEquals(UUID.nameUUIDFromBytes("mdi-city-CO-Denver".getBytes(StandardCharsets.UTF_8)).toString(),
                MdiStates.cities(colorado, "Denver").get(0).id());
        assertEquals(colorado, MdiStates.byId(colorado.id()).orElseThrow());
        assertTrue(MdiStates.byId("6e54313e-2e7e-4716-b343-169441b5388c").isEmpty());
        assertTrue(MdiStates.byId(null).isEmpty());
    }

    @Test
    void theDemoStatesHaveAHandfulOfCitiesAndTheOthersNone() {
        for (String abbreviation : List.of("CA", "TX", "NY", "FL", "CO", "OH")) {
            MdiStates.State state = MdiStates.ALL.stream().filter(s -> s.abbreviation().equals(abbreviation)).findFirst().orElseThrow();
            assertTrue(state.cities().size() >= 5 && state.cities().size() <= 10, abbreviation + ": " + state.cities());
        }
        assertEquals(List.of(), MdiStates.search("Wyoming").get(0).cities());
    }

    @Test
    void searchIsACaseInsensitivePartOfTheName() {
        assertEquals(List.of("New Hampshire", "New Jersey", "New Mexico", "New York"), stateNames(" new "));
        assertEquals(List.of("Arkansas", "Kansas"), stateNames("KANSAS"));
        assertEquals(51, MdiStates.search(null).size());
        assertEquals(51, MdiStates.search("").size());
        assertEquals(List.of(), stateNames("Ontario"));
        MdiStates.State california = MdiStates.search("california").get(0);
        assertEquals(List.of("San Diego", "San Jose", "San Francisco"), MdiStates.cities(california, "san").stream().map(MdiStates.City::name).toList());
        assertEquals(california.cities(), MdiStates.cities(california, null));
        assertFalse(MdiStates.matches("Ohio", "Iowa"));
    }

    @Test
    void aStateAndACityAsMdiShowThem() {
        JsonObject ohio = MdiStates.search("Ohio").get(0).json();
        assertEquals("Ohio", ohio.getString("name"));
        assertEquals("OH", ohio.getString("abbreviation"));
        assertFalse(ohio.getBoolean("is_sync"));
        assertFalse(ohio.getBoolean("is_av_flow"));
        assertEquals(MdiStates.search("Ohio").get(0).id(), ohio.getString("state_id"));
        assertEquals(MdiStates.COUNTRY_ID, ohio.getJsonObject("country").getString("country_id"));
        assertEquals("United States of America", ohio.getJsonObject("country").getString("name"));
        assertEquals("US", ohio.getJsonObject("country").getString("abbreviation"));
        MdiStates.City leetonia = MdiStates.cities(MdiStates.search("Ohio").get(0), "leet").get(0);
        assertEquals(Set.of("name", "city_id"), leetonia.json().keySet());
        assertEquals("Leetonia", leetonia.json().getString("name"));
    }

    private static List<String> stateNames(String search) {
        return MdiStates.search(search).stream().map(MdiStates.State::name).toList();
    }
}
