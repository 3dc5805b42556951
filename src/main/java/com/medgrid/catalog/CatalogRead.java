package com.medgrid.catalog;

import java.util.List;
import java.util.Map;

/** One catalog read as a caller asks for it; equal reads share one cached answer ({@link CatalogReadCache}). */
public interface CatalogRead {

    /** The warehouse it reads, or null for every warehouse. */
    String warehouse();

    /** Reads the database: 404 for an unknown warehouse or price list, else the answer's rows. */
    List<Map<String, Object>> rows(CatalogQueries queries);
}
