package com.medgrid.sandbox.mdi;

import com.medgrid.platform.api.ApiJson;
import jakarta.json.JsonObject;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * MD Integrations' metadata: the 50 states and DC ({@code /metadata/states}) and a few real cities of
 * the states MedGrid's demo clinics and tests use ({@code /metadata/states/{state_id}/cities}; none for
 * the others), each with its {@link MdiIds fixed id}.
 */
final class MdiStates {

    static final String COUNTRY_ID = MdiIds.of("mdi-country-US");

    /** A state as {@code /metadata/states} shows it. */
    record State(String name, String abbreviation, List<City> cities) {

        String id() {
            return MdiIds.of("mdi-state-" + abbreviation);
        }

        JsonObject json() {
            return ApiJson.JSON.createObjectBuilder().add("name", name).add("abbreviation", abbreviation).add("is_sync", false)
                    .add("is_av_flow", false).add("state_id", id()).add("country", ApiJson.JSON.createObjectBuilder()
                            .add("country_id", COUNTRY_ID).add("name", "United States of America").add("abbreviation", "US"))
                    .build();
        }
    }

    /** A city as {@code /cities} shows it. */
    record City(String name, String id) {

        JsonObject json() {
            return ApiJson.JSON.createObjectBuilder().add("name", name).add("city_id", id).build();
        }
    }

    private static final Map<String, List<String>> CITIES = Map.of(
            "CA", List.of("Los Angeles", "San Diego", "San Jose", "San Francisco", "Fresno", "Sacramento", "Long Beach", "Oakland"),
            "TX", List.of("Houston", "San Antonio", "Dallas", "Austin", "Fort Worth", "El Paso", "Arlington"),
            "NY", List.of("New York", "Buffalo", "Rochester", "Yonkers", "Syracuse", "Albany"),
            "FL", List.of("Jacksonville", "Miami", "Tampa", "Orlando", "St. Petersburg", "Tallahassee"),
            "CO", List.of("Denver", "Colorado Springs", "Aurora", "Fort Collins", "Lakewood", "Boulder"),
            "OH", List.of("Columbus", "Cleveland", "Cincinnati", "Toledo", "Akron", "Dayton", "Leetonia", "Payne"));

    /** In name order, as MDI lists them. */
    static final List<State> ALL = List.of(
            state("Alabama", "AL"), state("Alaska", "AK"), state("Arizona", "AZ"), state("Arkansas", "AR"), state("California", "CA"),
            state("Colorado", "CO"), state("Connecticut", "CT"), state("Delaware", "DE"), state("District of Columbia", "DC"),
            state("Florida", "FL"), state("Georgia", "GA"), state("Hawaii", "HI"), state("Idaho", "ID"), state("Illinois", "IL"),
            state("Indiana", "IN"), state("Iowa", "IA"), state("Kansas", "KS"), state("Kentucky", "KY"), state("Louisiana", "LA"),
            state("Maine", "ME"), state("Maryland", "MD"), state("Massachusetts", "MA"), state("Michigan", "MI"), state("Minnesota", "MN"),
            state("Mississippi", "MS"), state("Missouri", "MO"), state("Montana", "MT"), state("Nebraska", "NE"), state("Nevada", "NV"),
            state("New Hampshire", "NH"), state("New Jersey", "NJ"), state("New Mexico", "NM"), state("New York", "NY"),
            state("North Carolina", "NC"), state("North Dakota", "ND"), state("Ohio", "OH"), state("Oklahoma", "OK"), state("Oregon", "OR"),
            state("Pennsylvania", "PA"), state("Rhode Island", "RI"), state("South Carolina", "SC"), state("South Dakota", "SD"),
            state("Tennessee", "TN"), state("Texas", "TX"), state("Utah", "UT"), state("Vermont", "VT"), state("Virginia", "VA"),
            state("Washington", "WA"), state("West Virginia", "WV"), state("Wisconsin", "WI"), state("Wyoming", "WY"));

    private MdiStates() {
    }

    static Optional<State> byId(String stateId) {
        return ALL.stream().filter(state -> state.id().equals(stateId)).findFirst();
    }

    /** The city with this id, in whichever state. */
    static Optional<City> cityById(String cityId) {
        return ALL.stream().flatMap(state -> state.cities().stream()).filter(city -> city.id().equals(cityId)).findFirst();
    }

    /** The states whose name contains {@code search}, ignoring case (all of them when it is blank). */
    static List<State> search(String search) {
        return ALL.stream().filter(state -> matches(state.name(), search)).toList();
    }

    /** The state's cities whose name contains {@code search}, ignoring case (all of them when it is blank). */
    static List<City> cities(State state, String search) {
        return state.cities().stream().filter(city -> matches(city.name(), search)).toList();
    }

    /** MDI's {@code search} filter: a case-insensitive part of the name. */
    static boolean matches(String name, String search) {
        return search == null || name.toLowerCase(Locale.ROOT).contains(search.trim().toLowerCase(Locale.ROOT));
    }

    private static State state(String name, String abbreviation) {
        return new State(name, abbreviation, CITIES.getOrDefault(abbreviation, List.of()).stream()
                .map(city -> new City(city, MdiIds.of("mdi-city-" + abbreviation + "-" + city))).toList());
    }
}
