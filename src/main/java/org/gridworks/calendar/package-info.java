/** The working-day calendar of mainland China: the one place where GridWorks counts working days. */
package org.gridworks.calendar;
