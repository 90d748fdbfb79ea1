package org.gridworks.stock;

/**
 * A transfer is in transit from the moment it leaves the source until every unit of it is accounted for: arrived
 * at the target, or written off there with a reason. A short arrival leaves it in transit for the rest.
 */
public enum TransferStatus {
    IN_TRANSIT,
    RECEIVED
}
