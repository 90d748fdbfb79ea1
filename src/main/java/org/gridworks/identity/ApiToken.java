package org.gridworks.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.gridworks.audit.Changes;

/**
 * A personal API token of a user: its name (what it is for), the SHA-256 of its text (TokenSecret), when and by
 * whom it was issued, its last day and its last use. The token acts with the roles its user has at each call.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private AppUser user;

    @Column(nullable = false, length = 100, updatable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    /** Written by a conditional update (ApiTokenService.used), never through the entity. */
    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    protected ApiToken() {}

    ApiToken(
            AppUser user,
            String name,
            String tokenHash,
            LocalDateTime createdAt,
            String createdBy,
            LocalDate expiresOn) {
        this.user = user;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.expiresOn = expiresOn;
    }

    /** What the audit trail keeps; never the token or its hash. */
    Map<String, Object> auditState(String login) {
        Map<String, Object> state = Changes.snapshot();
        state.put("user", login);
        state.put("name", name);
        state.put("expiresOn", expiresOn);
        return state;
    }

    boolean belongsTo(AppUser someone) {
        return user.getId().equals(someone.getId());
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }
}
