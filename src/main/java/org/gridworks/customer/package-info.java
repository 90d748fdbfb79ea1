/**
 * Open to the customer (issue 24): the public pages under /public/ and the API under /api/v1/public/, used without
 * an account and without a session. A customer follows their application with its number and the last four digits
 * of the contact phone (CustomerProgress, throttled per address and per number in the database by LookupThrottle,
 * every lookup audited), and reads the published service standards (PublishedStandards).
 */
package org.gridworks.customer;
