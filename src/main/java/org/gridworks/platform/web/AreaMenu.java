package org.gridworks.platform.web;

import java.util.List;

/**
 * An area's entries in the main menu, declared once beside the area's pages (a CDI bean; {@link Menu} collects them):
 * the menu shows each entry to its roles and {@link PageAccessFilter} refuses its page to everyone else.
 */
public interface AreaMenu {

    List<MenuItem> items();
}
