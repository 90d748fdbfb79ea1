package org.gridworks.platform.watch;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every area's {@link WatchSource}, found by CDI once and kept (the sources are stateless beans, whose references
 * may be shared; asking the Instance again on every use would keep every reference it hands out for the life of
 * the application), in the order of {@link SubjectType}, so warnings are raised and listed in a fixed order.
 */
@ApplicationScoped
public class WatchSources {

    @Inject
    @Any
    Instance<WatchSource> found;

    private Map<SubjectType, WatchSource> byType;

    /** Every type a source claims, to the source that shows its subjects. */
    private Map<SubjectType, WatchSource> byPage;

    @PostConstruct
    void collect() {
        Map<SubjectType, WatchSource> sources = new EnumMap<>(SubjectType.class);
        Map<SubjectType, WatchSource> pages = new EnumMap<>(SubjectType.class);
        for (WatchSource source : found) {
            if (sources.put(source.type(), source) != null) {
                throw new IllegalStateException("Two watch sources for " + source.type());
            }
            for (SubjectType type : source.types()) {
                if (pages.put(type, source) != null) {
                    throw new IllegalStateException("Two watch sources for " + type);
                }
            }
        }
        byType = Collections.unmodifiableMap(sources);
        byPage = Collections.unmodifiableMap(pages);
    }

    public List<WatchSource> all() {
        return List.copyOf(byType.values());
    }

    public Map<SubjectType, WatchSource> byType() {
        return byType;
    }

    /** The page that shows a subject; the home page when no source claims its type. */
    public String page(SubjectType type, long subjectId, Long projectId) {
        WatchSource source = byPage.get(type);
        return source == null ? "/index.xhtml" : source.page(subjectId, projectId);
    }
}
