package org.ieum.enterprises.records;

/** One line of the change history before it is written: which field went from what to what. */
public record FieldChange(String field, String oldValue, String newValue) {
}
