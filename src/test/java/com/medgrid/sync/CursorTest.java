package com.medgrid.sync;

import com.medgrid.platform.api.ApiException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CursorTest {

    @Test
    void cursorsRoundTripAndForgedOnesAreRefused() {
        assertEquals("SO-2026-00042", Cursor.name(Cursor.after("SO-2026-00042")));
        assertEquals("Zoë's Gauze/4x4", Cursor.name(Cursor.after("Zoë's Gauze/4x4")));
        assertThrows(ApiException.class, () -> Cursor.name("not a cursor!"));
        assertThrows(ApiException.class, () -> Cursor.name("bm90LWEtY3Vyc29y"));
        assertThrows(ApiException.class, () -> Cursor.name(Cursor.after("")));
    }
}
