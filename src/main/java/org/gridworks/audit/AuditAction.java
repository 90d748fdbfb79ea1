package org.gridworks.audit;

/** What an audit event records. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    ACCESS_DENIED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    /** A customer's progress lookup (issue 24): proven, not proven (unknown number or wrong phone alike), throttled. */
    PUBLIC_LOOKUP,
    PUBLIC_LOOKUP_FAILED,
    PUBLIC_LOOKUP_THROTTLED
}
