package org.gridworks.platform.watch;

/** The kinds of record watched for warnings, one per {@link WatchSource}. Stored by name with each warning. */
public enum SubjectType {
    PROJECT,
    MILESTONE,
    DELIVERY,
    PERMIT,
    /** A customer's low rating of a connected application (org.gridworks.customer.RatingWatch). */
    RATING
}
