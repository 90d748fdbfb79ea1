package org.gridworks.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Map;
import org.gridworks.audit.Changes;

/** A date that differs from the Monday-to-Friday rule, from a notice or corrected by an administrator. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    @Id
    @Column(name = "calendar_date")
    private LocalDate date;

    @Column(name = "off_day", nullable = false)
    private boolean offDay;

    @Column(length = 100)
    private String name;

    @Column(name = "notice_year", nullable = false)
    private int noticeYear;

    @Column(nullable = false)
    private boolean corrected;

    @Column(length = 500)
    private String reason;

    @Version
    private int version;

    protected CalendarDay() {}

    CalendarDay(HolidayDay day, int noticeYear) {
        this.date = day.date();
        this.noticeYear = noticeYear;
        set(day.offDay(), day.name());
    }

    void set(boolean offDay, String name) {
        this.offDay = offDay;
        this.name = name;
    }

    void correct(String reason) {
        this.corrected = true;
        this.reason = reason;
    }

    HolidayDay toHolidayDay() {
        return new HolidayDay(date, offDay, name);
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = Changes.snapshot();
        state.put("offDay", offDay);
        state.put("name", name);
        state.put("reason", reason);
        return state;
    }

    public LocalDate getDate() {
        return date;
    }

    public boolean isOffDay() {
        return offDay;
    }

    public String getName() {
        return name;
    }

    public int getNoticeYear() {
        return noticeYear;
    }

    public boolean isCorrected() {
        return corrected;
    }

    public String getReason() {
        return reason;
    }

    public int getVersion() {
        return version;
    }
}
