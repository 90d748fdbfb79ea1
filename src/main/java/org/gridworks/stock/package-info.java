/**
 * Reserve materials inventory (实物储备): the materials catalogue, warehouses, the reserve list, the stock ledger
 * with its balances, transfers between warehouses, the stock check, replenishment and allocation proposals.
 */
package org.gridworks.stock;
