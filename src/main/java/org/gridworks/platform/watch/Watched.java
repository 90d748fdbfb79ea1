package org.gridworks.platform.watch;

import java.util.List;

/**
 * A watched record that is yellow or red now: what it is, the project it belongs to (null for stock), its unit, its
 * colour, how to name it and say what is wrong (a message key with arguments, rendered in each recipient's
 * language), and who answers for it. Where it is shown is not kept here: the page layer asks the source
 * ({@link WatchSource#page}) when it draws a link, so a moved page moves every old warning's link too.
 */
public record Watched(
        SubjectType type,
        long id,
        Long projectId,
        long unitId,
        Colour colour,
        String reference,
        String messageKey,
        List<String> args,
        List<Long> responsible) {}
