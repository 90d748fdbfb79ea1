/**
 * Delay causes: why a missed clock, a late milestone, a late delivery or a late permit was late, proposed where the
 * facts tell and confirmed by the person responsible, and counted per unit and cause for the evaluation.
 */
package org.gridworks.delays;
