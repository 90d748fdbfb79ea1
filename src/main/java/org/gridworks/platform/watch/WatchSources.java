package org.gridworks.platform.watch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every area's {@link WatchSource}, found by CDI, by subject type. */
@ApplicationScoped
public class WatchSources {

    @Inject
    @Any
    Instance<WatchSource> sources;

    public List<WatchSource> all() {
        return sources.stream().toList();
    }

    public Map<SubjectType, WatchSource> byType() {
        Map<SubjectType, WatchSource> byType = new EnumMap<>(SubjectType.class);
        sources.forEach(source -> byType.put(source.type(), source));
        return byType;
    }

    /** The page that shows a subject; the home page when no source claims its type. */
    public String page(SubjectType type, long subjectId, Long projectId) {
        WatchSource source = byType().get(type);
        return source == null ? "/index.xhtml" : source.page(subjectId, projectId);
    }
}
