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
    PASSWORD_RESET
}
