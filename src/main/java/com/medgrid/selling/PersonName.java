package com.medgrid.selling;

/**
 * A name as vendors that want first and last names take it: MedGrid keeps one name per customer and
 * address, so the last word is the last name and the rest the first; a one-word name is both.
 */
public record PersonName(String first, String last) {

    public static PersonName of(String name) {
        String full = name == null ? "" : name.trim();
        int space = full.lastIndexOf(' ');
        return space < 0 ? new PersonName(full, full) : new PersonName(full.substring(0, space).trim(), full.substring(space + 1));
    }
}
