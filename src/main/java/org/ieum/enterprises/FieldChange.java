package org.ieum.enterprises;

/** One line of the change history before it is written: which field went from what to what. */
record FieldChange(String field, String oldValue, String newValue) {
}
