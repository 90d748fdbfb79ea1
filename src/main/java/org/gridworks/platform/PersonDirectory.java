package org.gridworks.platform;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Display names for the logins records keep, and the people of a unit in a role, for areas that show who did what
 * or warn whoever answers for a record without depending on identity (which records its own changes in audit:
 * audit looking names up in identity made the two a cycle). identity implements it (PersonNames).
 */
public interface PersonDirectory {

    /** The people behind these logins, in one query per list shown. */
    People of(Collection<String> logins, Locale locale);

    /** The ids of the enabled users of these units who hold the role (whom a warning about their records reaches). */
    List<Long> withRole(String role, Collection<Long> units);
}
