package org.gridworks.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.search.SearchHit;
import org.gridworks.platform.search.SearchSource;

/** The search box finds projects by number or customer, as the project list does (same unit scope, newest first). */
@ApplicationScoped
public class ProjectFinder implements SearchSource {

    @Inject
    ProjectSearch projects;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String headingKey() {
        return "search.projects";
    }

    @Override
    public List<SearchHit> find(String text, int limit, Locale locale) {
        return projects.find(new ProjectFilter(text, null, null, null, null), 0, limit, "number", false).stream()
                .map(p -> new SearchHit(
                        p.getNumber() + " · " + p.getCustomerName(),
                        p.getUnit().name(locale),
                        "/projects/project.xhtml?id=" + p.getId()))
                .toList();
    }
}
