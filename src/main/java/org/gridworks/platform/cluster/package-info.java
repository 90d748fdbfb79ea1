/**
 * What several GridWorks servers behind one load balancer share: leases in the database so a job runs on one server
 * at a time, notices through Payara's Data Grid so in-memory state reloads everywhere, and the grid's health.
 */
package org.gridworks.platform.cluster;
