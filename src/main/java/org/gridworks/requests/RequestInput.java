package org.gridworks.requests;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A new request as a page or the API sends it: the site, when it was made (now when empty), its lines. */
public record RequestInput(String site, LocalDateTime requestedAt, List<Line> lines) implements Serializable {

    /** A material by code and how many. */
    public record Line(String material, Integer quantity) implements Serializable {}
}
