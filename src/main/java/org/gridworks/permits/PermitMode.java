package org.gridworks.permits;

/**
 * How a needed permit is obtained: exempt (no application), notice and commitment (告知承诺: granted on filing, a
 * later check), or normal review. Declared from the mildest to the strictest: when several rules match, the
 * strictest wins.
 */
public enum PermitMode {
    EXEMPT,
    NOTICE_AND_COMMITMENT,
    NORMAL_REVIEW
}
