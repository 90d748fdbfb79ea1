package org.gridworks.audit;

/** One field of a record as it was and as it became; values as text, null when empty. */
public record FieldChange(String field, String oldValue, String newValue) {}
