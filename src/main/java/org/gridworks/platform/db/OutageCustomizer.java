package org.gridworks.platform.db;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed for want of a connection, waiting five seconds before each attempt:
 * with the database gone, every request then hung ten seconds before it could be answered 503. The pool already
 * validates each connection before handing it out, so a retry only helps at once or not at all: no waiting.
 * Configured in persistence.xml.
 */
public class OutageCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
