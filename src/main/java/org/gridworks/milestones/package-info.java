/** Supporting-works milestone plans: templates, baseline and forecast, slippage, gates, the portfolio. */
package org.gridworks.milestones;
