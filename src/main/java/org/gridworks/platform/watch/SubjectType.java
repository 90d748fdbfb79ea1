package org.gridworks.platform.watch;

/**
 * The kinds of record watched for warnings, each claimed by one {@link WatchSource} (a source may claim several).
 * Stored by name with each warning (at most 16 characters: the column's width).
 */
public enum SubjectType {
    PROJECT,
    MILESTONE,
    DELIVERY,
    PERMIT,
    /** A permit document deferred (容缺受理) and not in by its supplement-by date; watched by the permits' source. */
    PERMIT_DOCUMENT,
    /** A customer's low rating of a connected application (org.gridworks.customer.RatingWatch). */
    RATING
}
