package org.gridworks.alerts;

import java.util.Arrays;
import java.util.Locale;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.watch.SubjectType;

/**
 * Which red items a list shows: of one kind (a SubjectType), of one unit (its code); each optional. The page, the
 * JSON and its Excel download take the same filter, so what is downloaded is what was shown.
 */
record RedFilter(SubjectType kind, String unit) {

    static final RedFilter NONE = new RedFilter(null, null);

    /** From the API's text; an unknown kind is refused at its field. */
    static RedFilter of(String kind, String unit) {
        SubjectType type = null;
        if (kind != null && !kind.isBlank()) {
            String wanted = kind.trim().toUpperCase(Locale.ROOT);
            type = Arrays.stream(SubjectType.values())
                    .filter(t -> t.name().equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> BusinessException.invalid("kind", "alert.badKind"));
        }
        return new RedFilter(type, unit == null || unit.isBlank() ? null : unit.trim());
    }

    boolean shows(InboxService.RedItem item) {
        return (kind == null || item.state().getSubjectType() == kind) && (unit == null || unit.equals(item.unit()));
    }
}
