package org.gridworks.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.platform.Roles;
import org.gridworks.platform.Time;
import org.gridworks.platform.db.DatabaseSettings;

/**
 * The accounts a new installation starts with. There is no built-in administrator password: the first
 * administrator comes from configuration (GRIDWORKS_ADMIN_LOGIN and GRIDWORKS_ADMIN_PASSWORD) at the first
 * start with no administrator. In demo mode, the demo users are added
 * (README lists them); each login is added once, so a later start adds only the logins still missing.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstAccounts {

    private static final Logger LOG = Logger.getLogger(FirstAccounts.class.getName());

    /** The demo users: login, Chinese display name, unit, role. All share {@link #DEMO_PASSWORD}. */
    static final List<String[]> DEMO_USERS = List.of(
            new String[] {"admin", "系统管理员", "JH", Roles.ADMIN},
            new String[] {"supervisor", "王督办", "JH", Roles.SUPERVISOR},
            new String[] {"manager", "李项目", "WC", Roles.PROJECT_MANAGER},
            new String[] {"warehouse", "张仓管", "WC", Roles.WAREHOUSE},
            new String[] {"clerk", "陈审批", "WC", Roles.PERMIT_CLERK},
            // a second unit with its own manager and clerk, so unit scoping can be tried with two units
            new String[] {"manager-jd", "刘国庆", "JD", Roles.PROJECT_MANAGER},
            new String[] {"clerk-jd", "杨秀英", "JD", Roles.PERMIT_CLERK},
            // a keeper for every other warehouse, so a transfer can be received by the target's own staff
            new String[] {"warehouse-jh", "周建国", "JH", Roles.WAREHOUSE},
            new String[] {"warehouse-jd", "吴晓燕", "JD", Roles.WAREHOUSE},
            new String[] {"warehouse-lx", "郑志强", "LX", Roles.WAREHOUSE},
            new String[] {"warehouse-dy", "孙丽娟", "DY", Roles.WAREHOUSE},
            new String[] {"warehouse-yw", "何海峰", "YW", Roles.WAREHOUSE},
            new String[] {"warehouse-yk", "胡春梅", "YK", Roles.WAREHOUSE},
            new String[] {"warehouse-pj", "徐卫东", "PJ", Roles.WAREHOUSE},
            new String[] {"warehouse-wy", "钱文斌", "WY", Roles.WAREHOUSE},
            new String[] {"warehouse-pa", "黄美玲", "PA", Roles.WAREHOUSE});

    static final String DEMO_PASSWORD = "gridworks2026";
    /** Demo users' e-mail addresses: a domain reserved for examples, so nothing reaches a real mailbox. */
    static final String DEMO_MAIL_DOMAIN = "@gridworks.example";

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    DatabaseSettings database;

    @Inject
    @ConfigProperty(name = "gridworks.admin.login")
    Optional<String> adminLogin;

    @Inject
    @ConfigProperty(name = "gridworks.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "gridworks.admin.unit", defaultValue = "JH")
    String adminUnit;

    @PostConstruct
    void ensure() {
        if (database.wantsDemoData()) {
            for (String[] demo : DEMO_USERS) {
                createIfMissing(demo[0], demo[1], demo[2], demo[3], DEMO_PASSWORD)
                        .ifPresent(user -> user.setEmail(demo[0] + DEMO_MAIL_DOMAIN));
            }
        }
        if (!hasAdministrator()) {
            if (adminLogin.isPresent() && adminPassword.isPresent()) {
                PasswordPolicy.check(adminLogin.get(), adminPassword.get(), "GRIDWORKS_ADMIN_PASSWORD");
                createIfMissing(
                        adminLogin.get().trim(), adminLogin.get().trim(), adminUnit, Roles.ADMIN, adminPassword.get());
                LOG.info(() ->
                        "Created the first administrator '" + adminLogin.get().trim() + "' from configuration");
            } else {
                LOG.warning("No administrator yet: set GRIDWORKS_ADMIN_LOGIN and GRIDWORKS_ADMIN_PASSWORD and restart");
            }
        }
    }

    private boolean hasAdministrator() {
        return !em.createQuery("SELECT u.id FROM AppUser u JOIN u.roles r WHERE r = :admin", Long.class)
                .setParameter("admin", Roles.ADMIN)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Creates the account unless the login exists; answers the new account. */
    private Optional<AppUser> createIfMissing(
            String login, String displayName, String unitCode, String role, String password) {
        if (UserQueries.byLogin(em, login).isPresent()) {
            return Optional.empty();
        }
        Unit unit = em.createQuery("SELECT u FROM Unit u WHERE u.code = :code", Unit.class)
                .setParameter("code", unitCode)
                .getSingleResult();
        AppUser user = new AppUser(login, displayName, unit, passwords.hash(password), Time.now());
        user.setRoles(Set.of(role));
        em.persist(user);
        em.flush();
        audit.recordChange(AuditAction.CREATE, UserService.RECORD, login, displayName, null, user.auditState());
        return Optional.of(user);
    }
}
