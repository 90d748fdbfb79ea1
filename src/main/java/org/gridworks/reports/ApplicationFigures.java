package org.gridworks.reports;

import java.io.Serializable;

/**
 * Applications accepted in a period against two of the document's targets: enterprise applications (not a
 * resident's) and how many were flagged for asking more than 2 documents or one the "四免" principle exempts; and
 * the 10(20) kV applications eligible for the on-site plan reply and how many got it.
 */
public record ApplicationFigures(long enterprise, long documentsFlagged, long onsiteEligible, long onsiteDone)
        implements Serializable {}
