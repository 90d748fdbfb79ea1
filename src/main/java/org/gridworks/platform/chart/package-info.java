/** Charts for pages: the Chart.js configuration PrimeFaces' p:chart draws, built and escaped on the server. */
package org.gridworks.platform.chart;
