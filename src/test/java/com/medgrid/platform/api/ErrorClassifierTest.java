package com.medgrid.platform.api;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Database failures on the wire: the constraint violations the API names, and any other as a 500 in the API's format. */
class ErrorClassifierTest {

    @Test
    void constraintViolationsFoundAnywhereInTheCauseChainAreNamed() {
        assertEquals(409, ErrorClassifier.toResponse(new PersistenceException(new SQLException("duplicate", "23505"))).getStatus());
        assertEquals(417, ErrorClassifier.toResponse(new PersistenceException(new SQLException("linked", "23503"))).getStatus());
    }

    @Test
    void aFailureWithoutSqlStateIsAnUnexpectedErrorNotAFailureOfTheMapper() {
        // what the pool's "connection not available" looks like: no SQLSTATE at all
        assertEquals(500, ErrorClassifier.toResponse(new PersistenceException(new SQLException("Connection not available"))).getStatus());
    }
}
