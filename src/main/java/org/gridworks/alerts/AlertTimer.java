package org.gridworks.alerts;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The schedule: a scan as soon as the application is ready (after the demo data, so the red list and the inboxes
 * agree with the dashboard from the first minute) and then every N minutes (15 by default), the outbox every
 * minute. Timers are not persistent: every server has them, and the database lock lets one scan at a time.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "DemoRequests", "ClockResultsBackfill"})
public class AlertTimer {

    private static final Logger LOG = Logger.getLogger(AlertTimer.class.getName());
    private static final String SCAN = "scan";
    private static final String OUTBOX = "outbox";
    /** The first scan waits only for the deployment to finish starting. */
    private static final long FIRST_SCAN_MILLIS = 5_000L;

    @Resource
    TimerService timers;

    @Inject
    AlertSettings settings;

    @Inject
    AlertScan scan;

    @Inject
    OutboxSender sender;

    @PostConstruct
    void start() {
        long scanEvery = settings.scanMinutes() * 60_000L;
        timers.createIntervalTimer(FIRST_SCAN_MILLIS, scanEvery, new TimerConfig(SCAN, false));
        timers.createIntervalTimer(60_000L, 60_000L, new TimerConfig(OUTBOX, false));
    }

    @Timeout
    void fire(Timer timer) {
        try {
            if (SCAN.equals(timer.getInfo())) {
                scan.run();
            } else {
                sender.sendDue();
            }
        } catch (RuntimeException e) {
            // the next tick tries again; a failure must not cancel the timer
            LOG.log(Level.WARNING, "Scheduled " + timer.getInfo() + " failed", e);
        }
    }
}
