/**
 * Uploaded .xlsx files read as a stream with limits: the first sheet's rows one at a time, never the whole workbook
 * in memory, and every part of the file refused once it unpacks past what it was allowed.
 */
package org.gridworks.platform.xlsx;
