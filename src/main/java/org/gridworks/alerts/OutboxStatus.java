package org.gridworks.alerts;

/** Waiting (first try or a retry), sent, or given up after the last attempt (administrators see it). */
public enum OutboxStatus {
    PENDING,
    SENT,
    FAILED
}
