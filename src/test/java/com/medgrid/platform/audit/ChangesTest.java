package com.medgrid.platform.audit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangesTest {

    @Test
    void changesAreWrittenInFrappesVersionShape() {
        Changes changes = new Changes();
        assertTrue(changes.isEmpty());
        changes.field("selling_price_list", "Standard", null);
        changes.row("items", 2, "abc123", "rate", new BigDecimal("12.500000"), new BigDecimal("8"));
        assertEquals("{\"changed\":[[\"selling_price_list\",\"Standard\",\"\"]],"
                + "\"row_changed\":[[\"items\",2,\"abc123\",[[\"rate\",\"12.5\",\"8\"]]]],\"added\":[],\"removed\":[]}",
                changes.toJson().toString());
    }
}
