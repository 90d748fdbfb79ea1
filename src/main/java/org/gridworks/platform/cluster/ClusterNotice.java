package org.gridworks.platform.cluster;

import java.io.Serializable;

/**
 * What travels through the Data Grid: the committed event, wrapped so that the relay's own observers never mistake
 * it for a new local change (which would send it round again).
 */
public record ClusterNotice(ClusterWide event) implements Serializable {}
