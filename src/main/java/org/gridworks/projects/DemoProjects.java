package org.gridworks.projects;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.gridworks.calendar.CalendarService;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.identity.AppUser;
import org.gridworks.identity.Unit;
import org.gridworks.platform.Roles;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.Time;
import org.gridworks.platform.db.DatabaseSettings;

/**
 * Demo mode only: two dozen projects across units and categories, placed relative to today so that every
 * clock colour shows (on track, yellow, red, met, missed) and one step is paused. Added once, when the
 * database has no project yet.
 */
@Startup
@Singleton
@DependsOn({"FirstAccounts", "CalendarService"})
public class DemoProjects {

    private static final Logger LOG = Logger.getLogger(DemoProjects.class.getName());

    /** unit, customer, residential, kV, dual, small/micro, kW, rural, working days ago accepted, step durations. */
    record Spec(
            String unit,
            String customer,
            boolean residential,
            String kv,
            boolean dual,
            boolean smallMicro,
            int kw,
            boolean rural,
            int acceptedAgo,
            int[] steps,
            boolean pauseLast) {}

    static final List<Spec> SPECS = List.of(
            new Spec("WC", "金华市婺城区李宅村居民李建国", true, "0.4", false, false, 8, true, 1, new int[] {}, false),
            new Spec("WC", "金华晨光文具店", false, "0.4", false, true, 60, false, 6, new int[] {1}, false),
            new Spec("WC", "婺城区新狮小学食堂", false, "0.4", false, false, 120, false, 4, new int[] {1, 1}, false),
            new Spec("WC", "金华永盛机械制造有限公司", false, "10", false, false, 630, false, 14, new int[] {1, 9}, false),
            new Spec("WC", "婺城区人民医院新院区", false, "10", true, false, 4000, false, 40, new int[] {1, 20, 4, 6}, false),
            new Spec("WC", "金华万达广场三期", false, "10", false, false, 2500, false, 30, new int[] {1, 11, 5, 5}, false),
            new Spec("WC", "金华市婺城区汤溪镇农贸市场", false, "0.4", false, true, 90, true, 18, new int[] {1}, false),
            new Spec("WC", "金华优品汽车维修中心", false, "0.4", false, false, 150, false, 9, new int[] {1, 2, 4}, false),
            new Spec("WC", "金华华庭酒店", false, "10", false, false, 800, false, 12, new int[] {1, 6}, true),
            new Spec("WC", "婺城区乾西乡居民王秀英", true, "0.4", false, false, 10, true, 3, new int[] {1}, false),
            new Spec("JD", "金东区孝顺镇五金加工厂", false, "0.4", false, true, 140, true, 8, new int[] {1}, false),
            new Spec("JD", "金华金东经济开发区数据中心", false, "20", true, false, 8000, false, 25, new int[] {1, 19}, false),
            new Spec("LX", "兰溪市诸葛村民宿", false, "0.4", false, true, 45, true, 2, new int[] {1}, false),
            new Spec("LX", "兰溪钢铁配件有限公司", false, "10", false, false, 1250, false, 35, new int[] {1, 12, 5, 5}, false),
            new Spec("DY", "东阳横店影视城新摄影棚", false, "10", false, false, 1600, false, 20, new int[] {1, 10, 3}, false),
            new Spec("DY", "东阳市歌山镇居民陈志强", true, "0.4", false, false, 12, true, 7, new int[] {1, 4}, false),
            new Spec("YW", "义乌国际商贸城五区商户", false, "0.4", false, true, 30, false, 5, new int[] {1}, false),
            new Spec("YW", "义乌小商品物流仓储中心", false, "10", false, false, 2000, false, 16, new int[] {1, 11, 2}, false),
            new Spec("YK", "永康五金城电动工具厂", false, "0.4", false, false, 200, false, 10, new int[] {1, 2, 5}, false),
            new Spec("YK", "永康市龙山镇农户", true, "0.4", false, false, 8, true, 6, new int[] {}, false),
            new Spec("PJ", "浦江水晶加工产业园", false, "10", false, false, 900, true, 45, new int[] {1, 11, 4, 5}, false),
            new Spec("WY", "武义温泉度假村", false, "10", true, false, 3150, true, 22, new int[] {1, 15}, false),
            new Spec("PA", "磐安中药材加工合作社", false, "0.4", false, true, 80, true, 12, new int[] {1, 12}, false),
            new Spec("PA", "磐安县尖山镇卫生院", false, "0.4", false, false, 60, true, 4, new int[] {1, 1, 1}, false));

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseSettings database;

    @Inject
    CalendarService calendars;

    @Inject
    ProjectClocks clocks;

    @Inject
    SystemInfo system;

    @PostConstruct
    void seed() {
        if (!database.wantsDemoData()
                || !em.createQuery("SELECT p.id FROM ConnectionProject p", Long.class)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty()) {
            return;
        }
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate today = system.today();
        Map<String, AppUser> managers = firstManagerPerUnit();
        for (int i = 0; i < SPECS.size(); i++) {
            create(
                    SPECS.get(i),
                    demoPhone(i),
                    calendar,
                    today,
                    managers.get(SPECS.get(i).unit()));
        }
        LOG.info(() -> "Demo data: " + SPECS.size() + " connection projects");
    }

    /** The oldest project manager of each unit (婺城's is the demo login "manager"). */
    private Map<String, AppUser> firstManagerPerUnit() {
        Map<String, AppUser> managers = new HashMap<>();
        em.createQuery("SELECT u FROM AppUser u JOIN u.roles r WHERE r = :role ORDER BY u.id", AppUser.class)
                .setParameter("role", Roles.PROJECT_MANAGER)
                .getResultStream()
                .forEach(user -> managers.putIfAbsent(user.getUnit().getCode(), user));
        return managers;
    }

    /** The n-th demo customer's phone: 139 0579 1001, 1002, ... (the last four digits open the public progress). */
    static String demoPhone(int n) {
        return "1390579" + (1001 + n);
    }

    private void create(Spec spec, String phone, WorkingDayCalendar calendar, LocalDate today, AppUser manager) {
        Unit unit = em.createQuery("SELECT u FROM Unit u WHERE u.code = :code", Unit.class)
                .setParameter("code", spec.unit())
                .getSingleResult();
        LocalDate accepted = calendar.daysBackCovering(today, spec.acceptedAgo());
        ConnectionProject project = new ConnectionProject(unit, Time.now(), "system");
        project.setFacts(
                spec.customer(),
                null,
                spec.rural() ? AreaType.RURAL : AreaType.URBAN,
                BigDecimal.valueOf(spec.kw()),
                new BigDecimal(spec.kv()),
                spec.dual(),
                spec.smallMicro(),
                spec.residential(),
                false,
                spec.kv().equals("10") || spec.kv().equals("20"),
                accepted);
        project.setCategory(CategoryRule.classify(project.facts()).category(), false, null);
        project.setContactPhone(phone);
        if (manager != null) {
            project.setManager(manager);
        }
        project.arrangeSteps();
        List<ProjectStep> steps = project.getSteps();
        LocalDate open = accepted;
        LocalDateTime openAt = accepted.atStartOfDay();
        for (int i = 0; i < steps.size(); i++) {
            ProjectStep step = steps.get(i);
            project.openStep(step.getCode(), openAt, "system");
            if (i >= spec.steps().length) {
                break;
            }
            LocalDate close = calendar.addWorkingDays(open, spec.steps()[i]).due();
            if (close.isAfter(today)) {
                break;
            }
            boolean last = i == spec.steps().length - 1;
            if (last && spec.pauseLast()) {
                project.pauseStep(step.getCode(), close.atTime(10, 0), "客户要求暂缓，等待土建完成", "system");
                break;
            }
            project.closeStep(step.getCode(), close.atTime(16, 0), "system");
            open = close;
            openAt = close.atTime(16, 30);
            if (last && i + 1 < steps.size() && i == 1 && project.getCategory().isHighVoltage()) {
                break; // after the plan reply the customer builds; the next step waits
            }
        }
        em.persist(project);
        em.flush();
        project.assignNumber();
        clocks.refresh(project);
    }
}
