package org.gridworks.projects;

/**
 * Fired in the same transaction when a project is created or its site facts change, so that the areas deciding from
 * them (the permit routes) decide again.
 */
public record ProjectFactsChanged(long projectId) {}
