package org.gridworks.platform.watch;

/** The kinds of record watched for warnings, one per {@link WatchSource}. Stored by name with each warning. */
public enum SubjectType {
    PROJECT,
    MILESTONE,
    DELIVERY,
    PERMIT
}
