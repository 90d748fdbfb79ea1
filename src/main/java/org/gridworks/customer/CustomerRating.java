package org.gridworks.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A customer's rating of a connected application: 1-5 for speed, clarity and staff, and a comment. Once only. */
@Entity
@Table(name = "customer_rating")
public class CustomerRating {

    /** A rating at or below this, in any aspect, is raised to the supervisors like a red item. */
    public static final int LOW = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false, updatable = false)
    private int speed;

    @Column(nullable = false, updatable = false)
    private int clarity;

    @Column(nullable = false, updatable = false)
    private int staff;

    @Column(length = 500, updatable = false)
    private String comment;

    @Column(name = "rated_at", nullable = false, updatable = false)
    private LocalDateTime ratedAt;

    protected CustomerRating() {}

    CustomerRating(long projectId, int speed, int clarity, int staff, String comment, LocalDateTime ratedAt) {
        this.projectId = projectId;
        this.speed = speed;
        this.clarity = clarity;
        this.staff = staff;
        this.comment = comment;
        this.ratedAt = ratedAt;
    }

    public boolean isLow() {
        return Math.min(speed, Math.min(clarity, staff)) <= LOW;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public int getSpeed() {
        return speed;
    }

    public int getClarity() {
        return clarity;
    }

    public int getStaff() {
        return staff;
    }

    public String getComment() {
        return comment;
    }

    public LocalDateTime getRatedAt() {
        return ratedAt;
    }
}
