package org.gridworks.platform;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** Time as GridWorks stores it: the company's local time, to the second (MySQL drivers drop fractions anyway). */
public final class Time {

    private Time() {}

    public static LocalDateTime now() {
        return LocalDateTime.now(SystemInfo.COMPANY_ZONE).truncatedTo(ChronoUnit.SECONDS);
    }
}
