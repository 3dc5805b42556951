package com.medgrid.catalog;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CatalogQueriesTest {

    @Test
    void likeWildcardsInSearchTextAreMatchedLiterally() {
        assertEquals("50\\% off", CatalogQueries.escapeLike("50% off"));
        assertEquals("a\\_b", CatalogQueries.escapeLike("a_b"));
        assertEquals("c:\\\\temp", CatalogQueries.escapeLike("c:\\temp"));
        assertEquals("bpc-157", CatalogQueries.escapeLike("bpc-157"));
    }
}
