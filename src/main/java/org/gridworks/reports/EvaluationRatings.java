package org.gridworks.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gridworks.platform.web.FacesFeedback;

/**
 * The ratings section of the evaluation page (/WEB-INF/reports/ratings.xhtml), kept apart from EvaluationBacking:
 * it follows the page's period and unit and reads its figures once per request.
 */
@Named
@RequestScoped
public class EvaluationRatings {

    @Inject
    EvaluationBacking page;

    @Inject
    RatingFigures figures;

    private List<RatingFigures.Row> rows;

    public List<RatingFigures.Row> getRows() {
        if (rows == null) {
            Evaluation evaluation = page.getEvaluation();
            List<RatingFigures.Row> read = evaluation == null
                    ? null
                    : FacesFeedback.attempt(() -> figures.of(evaluation.period(), evaluation.unit()));
            rows = read == null ? List.of() : read;
        }
        return rows;
    }

    public long getLow() {
        return getRows().stream().mapToLong(RatingFigures.Row::low).sum();
    }
}
