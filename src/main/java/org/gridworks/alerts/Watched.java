package org.gridworks.alerts;

import java.util.List;

/**
 * A watched record that is yellow or red now: what it is, its unit, its colour, how to name it and say what is
 * wrong (a message key with arguments, rendered in each recipient's language), where it is, and who answers for
 * it.
 */
public record Watched(SubjectType type, long id, long unitId, Colour colour, String reference, String messageKey,
                      List<String> args, String link, List<Long> responsible) {
}
