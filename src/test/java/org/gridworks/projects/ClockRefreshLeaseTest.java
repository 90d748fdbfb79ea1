package org.gridworks.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gridworks.platform.cluster.JobLease;
import org.junit.jupiter.api.Test;

/**
 * The hourly refresh runs on one server of a cluster: it asks for the hour's lease first and, refused, touches
 * nothing (no entity manager, no project); the lease it asks for covers the rest of the hour but lapses before the
 * next turn.
 */
class ClockRefreshLeaseTest {

    @Test
    void aServerRefusedTheLeaseDoesNothing() {
        List<String> asked = new ArrayList<>();
        ClockRefresh refresh = new ClockRefresh();
        refresh.lease = new JobLease() {
            @Override
            public boolean acquire(String job, String owner, Duration length) {
                asked.add(job + " " + length);
                return false;
            }
        };
        refresh.clocks = new ProjectClocks() {
            @Override
            public void refreshStored(long projectId) {
                throw new AssertionError("refreshed project " + projectId + " without the lease");
            }
        };
        // refresh.em stays null: any query would fail this test

        refresh.everyHour();

        assertEquals(List.of("clock-refresh PT50M"), asked);
    }

    @Test
    void theLeaseOutlastsEveryServersTurnButNotTheHour() {
        assertTrue(ClockRefresh.LEASE.compareTo(Duration.ofMinutes(30)) >= 0);
        assertTrue(ClockRefresh.LEASE.compareTo(Duration.ofMinutes(60)) < 0);
    }
}
