package org.gridworks.platform;

import java.util.Collection;
import java.util.Locale;

/**
 * Display names for the logins records keep, for areas that show who did what without depending on identity
 * (which records its own changes in audit: audit looking names up in identity made the two a cycle). identity
 * implements it (PersonNames).
 */
public interface PersonDirectory {

    /** The people behind these logins, in one query per list shown. */
    People of(Collection<String> logins, Locale locale);
}
