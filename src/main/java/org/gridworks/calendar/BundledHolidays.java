package org.gridworks.calendar;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * On the first start, loads the official notices GridWorks ships (2019-2026, from the holiday-cn data set,
 * MIT licence, in org/gridworks/calendar/holidays-cn). Later years come from administrators. A year already
 * in the database is never touched again, so corrections survive restarts.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class BundledHolidays {

    static final int FIRST_BUNDLED = 2019;
    static final int LAST_BUNDLED = 2026;
    static final String SOURCE = "holiday-cn (bundled)";

    private static final Logger LOG = Logger.getLogger(BundledHolidays.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarYears years;

    @PostConstruct
    void importMissingYears() {
        for (int year = FIRST_BUNDLED; year <= LAST_BUNDLED; year++) {
            if (em.find(CalendarYear.class, year) == null) {
                years.replace(year, HolidayFileParser.parseJson(year, read(year)), SOURCE);
                int loaded = year;
                LOG.info(() -> "Loaded the official holiday notice for " + loaded);
            }
        }
    }

    static String read(int year) {
        String path = "/org/gridworks/calendar/holidays-cn/" + year + ".json";
        try (InputStream in = BundledHolidays.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
