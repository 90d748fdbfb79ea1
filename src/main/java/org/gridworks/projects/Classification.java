package org.gridworks.projects;

import java.util.List;

/** A category and why: a bundle key with its arguments, e.g. "eligible: 120 kW ≤ 160 kW, urban". */
public record Classification(Category category, String reasonKey, List<Object> reasonArguments) {

    public Classification {
        reasonArguments = List.copyOf(reasonArguments);
    }
}
