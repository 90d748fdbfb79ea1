/**
 * Warnings, reminders and escalation (系统预警、短信催办): the scan that finds watched records turning yellow or
 * red, who is told, the in-app inbox, and the outbox that sends e-mails and text messages with retries.
 */
package org.gridworks.alerts;
