package org.gridworks.alerts;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.gridworks.platform.watch.WatchSource;
import org.gridworks.platform.watch.WatchSources;
import org.gridworks.platform.watch.Watched;

/**
 * Every watched record that is yellow or red now, from each area's {@link WatchSource}: the areas own their
 * records and their colour rules, the scan only collects. Runs inside the scan, without a signed-in user.
 */
@Stateless
public class Watchlist {

    @Inject
    WatchSources sources;

    public List<Watched> now() {
        List<Watched> all = new ArrayList<>();
        for (WatchSource source : sources.all()) {
            all.addAll(source.watched());
        }
        return all;
    }
}
