package org.gridworks.identity;

import org.gridworks.platform.cluster.ClusterWide;

/**
 * An account's password, roles or enabled flag changed: every other server forgets what it remembered of the login
 * (AccountChanges does it at once on the server that made the change).
 */
public record AccountChanged(String login, boolean password) implements ClusterWide {}
