package org.gridworks.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** A year whose official notice is loaded: its answers are final, not provisional. */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {

    @Id
    @Column(name = "year_number")
    private int year;

    @Column(nullable = false, length = 200)
    private String source;

    @Column(name = "loaded_at", nullable = false)
    private LocalDateTime loadedAt;

    @Column(name = "loaded_by", nullable = false, length = 64)
    private String loadedBy;

    @Version
    private int version;

    protected CalendarYear() {}

    CalendarYear(int year) {
        this.year = year;
    }

    void loaded(String source, LocalDateTime at, String by) {
        this.source = source.length() <= 200 ? source : source.substring(0, 200);
        this.loadedAt = at;
        this.loadedBy = by;
    }

    public int getYear() {
        return year;
    }

    public String getSource() {
        return source;
    }

    public LocalDateTime getLoadedAt() {
        return loadedAt;
    }

    public String getLoadedBy() {
        return loadedBy;
    }
}
