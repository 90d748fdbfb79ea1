package org.gridworks.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every area's menu entries, in menu order, and the entry (hence the roles) that owns a page. */
@ApplicationScoped
public class Menu {

    @Inject
    @Any
    Instance<AreaMenu> areas;

    private List<MenuItem> items;
    private Map<String, MenuItem> byPage;

    @PostConstruct
    void collect() {
        items = areas.stream()
                .flatMap(area -> area.items().stream())
                .sorted(Comparator.comparingInt(MenuItem::getPosition))
                .toList();
        // two entries opening the same page would make its roles ambiguous: refuse to start (see atStart)
        byPage = items.stream().collect(Collectors.toUnmodifiableMap(MenuItem::getOutcome, Function.identity()));
    }

    /** Collected when the application starts: two entries for one page stop the deployment, not every page later. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        items();
    }

    public List<MenuItem> items() {
        return items;
    }

    /** The entry whose page this is (a context-relative path such as /stock/post.xhtml), if one is declared. */
    public Optional<MenuItem> forPage(String path) {
        return Optional.ofNullable(byPage.get(path));
    }
}
