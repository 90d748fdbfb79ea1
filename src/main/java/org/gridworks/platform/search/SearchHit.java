package org.gridworks.platform.search;

/** One found record: what to call it, a line that tells it apart, and the page that shows it (context-relative). */
public record SearchHit(String title, String detail, String page) {}
