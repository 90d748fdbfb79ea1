package org.gridworks.platform.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The search page: what was typed in the search box, and each kind's records that match it. */
@Named("search")
@RequestScoped
public class SearchBacking {

    /** Enough to find a record by part of its number; more belongs in the area's own list with its filters. */
    static final int PER_KIND = 10;

    /** One kind's heading and records. */
    public record Group(String headingKey, List<SearchHit> hits, boolean more) {}

    @Inject
    @Any
    Instance<SearchSource> sources;

    private String text;
    private List<Group> groups = List.of();
    private boolean searched;

    @PostConstruct
    void init() {
        text = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("q");
    }

    /** Runs the search once the page's parameter is read (an f:viewAction). */
    public void run() {
        Optional<String> wanted = SearchText.of(text);
        if (wanted.isEmpty()) {
            return;
        }
        searched = true;
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<SearchSource> ordered = new ArrayList<>();
        sources.forEach(ordered::add);
        ordered.sort(Comparator.comparingInt(SearchSource::order));
        List<Group> found = new ArrayList<>();
        for (SearchSource source : ordered) {
            List<SearchHit> hits = source.find(wanted.get(), PER_KIND + 1, locale);
            if (!hits.isEmpty()) {
                boolean more = hits.size() > PER_KIND;
                found.add(new Group(source.headingKey(), more ? hits.subList(0, PER_KIND) : hits, more));
            }
        }
        groups = found;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<Group> getGroups() {
        return groups;
    }

    public boolean isSearched() {
        return searched;
    }

    public int getLongest() {
        return SearchText.LONGEST;
    }
}
