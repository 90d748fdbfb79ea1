package org.gridworks.identity;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.gridworks.platform.cluster.FromOtherServer;

/**
 * Tells this server's sign-in memory that an account changed: its remembered passwords and API tokens are forgotten
 * when the password, the roles or the enabled flag change or a token is revoked, and a new password also ends the login's pause. Done at once and
 * again when the change commits, because a sign-in verified in between still reads the old row.
 * The other servers hear of it once the change commits (AccountChanged through the Data Grid, within milliseconds)
 * and forget it too; a verification they had under way is not remembered.
 */
@ApplicationScoped
public class AccountChanges {

    @Inject
    RememberedPasswords remembered;

    @Inject
    RememberedTokens tokens;

    @Inject
    SignInThrottle throttle;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<AccountChanged> toOtherServers;

    /** Roles, enabled flag or anything else an administrator edits. */
    void changed(String login) {
        changed(login, false);
    }

    void passwordChanged(String login) {
        changed(login, true);
        throttle.loginCleared(login);
    }

    void changedOnOtherServer(@Observes @FromOtherServer AccountChanged change) {
        forget(change.login());
        if (change.password()) {
            throttle.loginCleared(change.login());
        }
    }

    private void forget(String login) {
        remembered.forget(login);
        tokens.forget(login);
    }

    private void changed(String login, boolean password) {
        toOtherServers.fire(new AccountChanged(login, password)); // sent when the change commits (ClusterRelay)
        forget(login);
        if (transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before: the old row is still the one others read
                }

                @Override
                public void afterCompletion(int status) {
                    forget(login);
                }
            });
        }
    }
}
