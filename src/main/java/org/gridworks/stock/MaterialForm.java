package org.gridworks.stock;

import java.io.Serializable;

/** A material as a page or the API edits it; {@code version} is the one the user saw (null for a new one). */
public record MaterialForm(
        String code, String name, String spec, String uom, MaterialCategory category, Boolean active, Integer version)
        implements Serializable {}
