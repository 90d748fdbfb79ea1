package org.gridworks.identity;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Tells this server's sign-in memory that an account changed: its remembered passwords are forgotten when the
 * password, the roles or the enabled flag change, and a new password also ends the login's pause. Done at once and
 * again when the change commits, because a sign-in verified in between still reads the old row.
 * Other servers forget within a minute (RememberedPasswords.AT_MOST): see README, known limits.
 */
@ApplicationScoped
public class AccountChanges {

    @Inject
    RememberedPasswords remembered;

    @Inject
    SignInThrottle throttle;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Roles, enabled flag or anything else an administrator edits. */
    void changed(String login) {
        remembered.forget(login);
        if (transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before: the old row is still the one others read
                }

                @Override
                public void afterCompletion(int status) {
                    remembered.forget(login);
                }
            });
        }
    }

    void passwordChanged(String login) {
        changed(login);
        throttle.loginCleared(login);
    }
}
