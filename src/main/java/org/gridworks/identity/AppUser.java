package org.gridworks.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gridworks.audit.Changes;

/** A person who signs in to GridWorks, in one unit, with one or more roles. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String login;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(length = 32)
    private String phone;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "password_changed_at", nullable = false)
    private LocalDateTime passwordChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    /** The language warnings reach this user in (zh-CN or en). */
    @Column(nullable = false, length = 8)
    private String language = "zh-CN";

    @Column(name = "notify_email", nullable = false)
    private boolean notifyEmail = true;

    @Column(name = "notify_sms", nullable = false)
    private boolean notifySms;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 32)
    private Set<String> roles = new TreeSet<>();

    @Version
    private int version;

    protected AppUser() {}

    AppUser(String login, String displayName, Unit unit, String passwordHash, LocalDateTime now) {
        this.login = login;
        this.displayName = displayName;
        this.unit = unit;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        this.createdAt = now;
    }

    /** What the audit trail compares; never the password hash. */
    Map<String, Object> auditState() {
        Map<String, Object> state = Changes.snapshot();
        state.put("login", login);
        state.put("displayName", displayName);
        state.put("unit", unit.getCode());
        state.put("phone", phone);
        state.put("email", email);
        state.put("roles", new TreeSet<>(roles));
        state.put("enabled", enabled);
        return state;
    }

    boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void changePassword(String newHash, LocalDateTime now) {
        passwordHash = newHash;
        passwordChangedAt = now;
        failedAttempts = 0;
        lockedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Unit getUnit() {
        return unit;
    }

    void setUnit(Unit unit) {
        this.unit = unit;
    }

    public String getPhone() {
        return phone;
    }

    void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isNotifyEmail() {
        return notifyEmail;
    }

    public boolean isNotifySms() {
        return notifySms;
    }

    void setNotifications(String language, boolean email, boolean sms) {
        this.language = language;
        this.notifyEmail = email;
        this.notifySms = sms;
    }

    void setEmail(String email) {
        this.email = email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    void setRoles(Set<String> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }
}
