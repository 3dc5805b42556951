package com.medgrid.sandbox.mdi;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * MDI's ids are UUIDs; the simulator's fixed ones (states, cities, questionnaires) are name-based, so
 * each is the same on every start and in every database, and a connector that stored one finds it again.
 */
final class MdiIds {

    private MdiIds() {
    }

    static String of(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
