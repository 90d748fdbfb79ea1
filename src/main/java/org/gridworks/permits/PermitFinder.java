package org.gridworks.permits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.search.SearchHit;
import org.gridworks.platform.search.SearchSource;

/** The search box finds granted permits by their number, within the caller's unit as the permit pages do. */
@ApplicationScoped
public class PermitFinder implements SearchSource {

    @Inject
    PermitService permits;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String headingKey() {
        return "search.permits";
    }

    @Override
    public List<SearchHit> find(String text, int limit, Locale locale) {
        return permits.withNumber(text, limit).stream()
                .map(t -> new SearchHit(
                        t.getPermitNumber() + " · " + t.getType().name(locale),
                        t.getProject().getNumber() + " · " + t.getProject().getCustomerName(),
                        "/permits/project.xhtml?id=" + t.getProject().getId()))
                .toList();
    }
}
