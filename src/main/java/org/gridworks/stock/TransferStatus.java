package org.gridworks.stock;

/** A transfer is in transit from the moment it leaves the source until the target records its arrival. */
public enum TransferStatus {
    IN_TRANSIT,
    RECEIVED
}
