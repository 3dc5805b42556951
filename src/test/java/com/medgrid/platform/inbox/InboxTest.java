package com.medgrid.platform.inbox;

import com.medgrid.platform.api.ApiError;
import com.medgrid.platform.api.ApiException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the inbox hands its store: vendor values it can always store, or a 4xx before anything is written. */
class InboxTest {

    /** Remembers the keys it was asked to insert and answers "already stored", so nothing is processed. */
    private static final class RecordingStore extends InboxStore {
        final List<String> keys = new ArrayList<>();

        @Override
        public Optional<String> insert(Inbox.Nonce nonce, String source, String dedupeKey, String eventType, Instant eventAt, String body) {
            keys.add(dedupeKey);
            return Optional.empty();
        }
    }

    private final RecordingStore store = new RecordingStore();

    private Inbox inbox() {
        Inbox inbox = new Inbox();
        inbox.store = store;
        return inbox;
    }

    @Test
    void keysThatFitAreStoredAsTheyAre() {
        String key = "k".repeat(Inbox.MAX_KEY);
        inbox().accept("sinq", key, "shipped", null, "{}");
        assertEquals(List.of(key), store.keys);
    }

    @Test
    void aKeyTooLongForTheColumnIsStoredAsItsHashAndStillTellsEventsApart() {
        String key = "k".repeat(5000);
        inbox().accept("sinq", key, "shipped", null, "{}");
        inbox().accept("sinq", key, "shipped", null, "{}");
        inbox().accept("sinq", key.substring(1) + "j", "shipped", null, "{}");
        assertTrue(store.keys.get(0).length() <= Inbox.MAX_KEY, store.keys.get(0));
        assertEquals(store.keys.get(0), store.keys.get(1), "a redelivery must find the stored event");
        assertNotEquals(store.keys.get(0), store.keys.get(2), "distinct events must stay distinct");
    }

    @Test
    void anEventTypeTooLongToBeOneIsABadRequestAndNothingIsStored() {
        ApiException refused = assertThrows(ApiException.class,
                () -> inbox().accept("sinq", "k", "t".repeat(Inbox.MAX_EVENT_TYPE + 1), null, "{}"));
        assertEquals(ApiError.BAD_REQUEST, refused.error());
        assertFalse(refused.getMessage().isBlank());
        assertTrue(store.keys.isEmpty());
        inbox().accept("sinq", "k", "t".repeat(Inbox.MAX_EVENT_TYPE), null, "{}");
        assertEquals(List.of("k"), store.keys);
    }
}
