/**
 * Monitoring and evaluation (监测、评价): the role dashboards, the evaluation of a period by unit and category
 * (compliance, handling time, steps, deliveries, permits, milestones), the half-year progress report per county
 * company, and their Excel exports.
 */
package org.gridworks.reports;
