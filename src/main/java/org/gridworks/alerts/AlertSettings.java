package org.gridworks.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How warnings leave GridWorks, from the configuration (environment variables such as GRIDWORKS_SMTP_HOST):
 * the scan interval, the SMTP server (no host: no e-mail), the SMS gateway (no URL: no text messages, the
 * default), and how the outbox retries.
 */
@ApplicationScoped
public class AlertSettings {

    @Inject
    @ConfigProperty(name = "gridworks.alerts.scan-minutes", defaultValue = "15")
    int scanMinutes;

    @Inject
    @ConfigProperty(name = "gridworks.smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "gridworks.smtp.port", defaultValue = "25")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "gridworks.smtp.from", defaultValue = "gridworks@localhost")
    String smtpFrom;

    @Inject
    @ConfigProperty(name = "gridworks.smtp.user")
    Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = "gridworks.smtp.password")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "gridworks.smtp.starttls", defaultValue = "false")
    boolean smtpStartTls;

    @Inject
    @ConfigProperty(name = "gridworks.sms.url")
    Optional<String> smsUrl;

    @Inject
    @ConfigProperty(name = "gridworks.sms.user")
    Optional<String> smsUser;

    @Inject
    @ConfigProperty(name = "gridworks.sms.password")
    Optional<String> smsPassword;

    /** The gateway's JSON body; {phone} and {text} are filled in (JSON-escaped). */
    @Inject
    @ConfigProperty(name = "gridworks.sms.template", defaultValue = "{\"to\":\"{phone}\",\"text\":\"{text}\"}")
    String smsTemplate;

    /** The first retry waits this long, each next one twice as long (capped at an hour). */
    @Inject
    @ConfigProperty(name = "gridworks.outbox.backoff-seconds", defaultValue = "60")
    int backoffSeconds;

    @Inject
    @ConfigProperty(name = "gridworks.outbox.max-attempts", defaultValue = "10")
    int maxAttempts;

    public int scanMinutes() {
        return Math.max(1, scanMinutes);
    }

    public boolean emailEnabled() {
        return smtpHost.filter(h -> !h.isBlank()).isPresent();
    }

    public boolean smsEnabled() {
        return smsUrl.filter(u -> !u.isBlank()).isPresent();
    }

    public String smtpHost() {
        return smtpHost.orElse("");
    }

    public int smtpPort() {
        return smtpPort;
    }

    public String smtpFrom() {
        return smtpFrom;
    }

    public Optional<String> smtpUser() {
        return smtpUser.filter(u -> !u.isBlank());
    }

    public Optional<String> smtpPassword() {
        return smtpPassword;
    }

    public boolean smtpStartTls() {
        return smtpStartTls;
    }

    public String smsUrl() {
        return smsUrl.orElse("");
    }

    public Optional<String> smsUser() {
        return smsUser.filter(u -> !u.isBlank());
    }

    public Optional<String> smsPassword() {
        return smsPassword;
    }

    public String smsTemplate() {
        return smsTemplate;
    }

    public int backoffSeconds() {
        return Math.max(1, backoffSeconds);
    }

    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }
}
