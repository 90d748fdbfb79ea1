package org.gridworks.audit;

import java.time.LocalDate;

/**
 * What to look for in the audit trail; every part is optional. The period runs from the start of {@code from}
 * to the end of {@code to}.
 */
public record AuditQuery(String actor, String recordType, String recordId, LocalDate from, LocalDate to) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null);
    }
}
