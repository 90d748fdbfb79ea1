package org.gridworks.projects;

/**
 * The rule on an enterprise's application documents (企业客户用电报装申请材料减少至2项, the "四免" principle): an
 * application that is not a resident's asking for more than 2 documents, or for one the principle exempts, is
 * flagged. A resident's application is outside the rule.
 */
public final class ApplicationDocuments {

    /** At most this many documents from an enterprise applicant. */
    public static final int MOST = 2;

    private ApplicationDocuments() {}

    public static boolean flagged(boolean residential, int documents, boolean anyFourFree) {
        return !residential && (documents > MOST || anyFourFree);
    }
}
