/**
 * Open grid capacity (issue 24): what each substation and feeder can still take, kept by administrators on
 * /admin/capacity.xhtml or by Excel import (CapacityWorkbook), published by district on /public/capacity.xhtml and
 * /api/v1/public/capacity, and shown on a high-voltage project's page for the project's own unit.
 */
package org.gridworks.capacity;
