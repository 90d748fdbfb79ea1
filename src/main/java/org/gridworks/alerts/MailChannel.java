package org.gridworks.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Sends an e-mail through the configured SMTP server (Jakarta Mail), UTF-8 plain text. */
@ApplicationScoped
public class MailChannel {

    @Inject
    AlertSettings settings;

    public void send(String to, String subject, String body) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.smtpHost());
        props.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.smtpStartTls()));
        Authenticator login = null;
        if (settings.smtpUser().isPresent()) {
            props.put("mail.smtp.auth", "true");
            String user = settings.smtpUser().get();
            String password = settings.smtpPassword().orElse("");
            login = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        Session session = Session.getInstance(props, login);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.smtpFrom()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
