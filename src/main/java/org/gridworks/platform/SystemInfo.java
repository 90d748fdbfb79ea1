package org.gridworks.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import org.gridworks.platform.db.DatabaseSettings;

/** Facts about this installation that pages show: version, database kind, the company's today. */
@Named
@ApplicationScoped
public class SystemInfo {

    /** The company's time zone: every date and deadline is read in it, whatever the server's own zone. */
    public static final ZoneId COMPANY_ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DISPLAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    DatabaseSettings database;

    private final String version = readBuildVersion();

    public String getVersion() {
        return version;
    }

    public boolean isEmbeddedDatabase() {
        return database.isEmbedded();
    }

    public boolean isDemo() {
        return database.wantsDemoData();
    }

    public LocalDate today() {
        return LocalDate.now(COMPANY_ZONE);
    }

    /** The company's current time to the second, as people read it (e.g. to quote it to an administrator). */
    public String getNow() {
        return LocalDateTime.now(COMPANY_ZONE).truncatedTo(ChronoUnit.SECONDS).format(DISPLAY_TIME);
    }

    private static String readBuildVersion() {
        try (InputStream in = SystemInfo.class.getResourceAsStream("/org/gridworks/build.properties")) {
            Properties build = new Properties();
            if (in != null) {
                build.load(in);
            }
            return build.getProperty("version", "development");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
