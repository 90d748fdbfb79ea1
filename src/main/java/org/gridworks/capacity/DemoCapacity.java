package org.gridworks.capacity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.db.DatabaseSettings;

/**
 * Demo mode only: a dozen substations and feeders in five districts, in every colour, dated a few days back, so that
 * the public capacity page and the demo's 10 kV projects (婺城, 金东) have figures. Added once, when there is no row.
 */
@Startup
@Singleton
@DependsOn("DemoProjects")
public class DemoCapacity {

    private static final Logger LOG = Logger.getLogger(DemoCapacity.class.getName());

    /** unit, substation, feeder (null: the substation's own row), kV, kVA, days ago. */
    record Spec(String unit, String substation, String feeder, String kv, int kva, int daysAgo) {}

    static final List<Spec> SPECS = List.of(
            new Spec("WC", "110kV 城西变", null, "110", 25_000, 3),
            new Spec("WC", "110kV 城西变", "10kV 西关线", "10", 4_200, 3),
            new Spec("WC", "110kV 城西变", "10kV 新狮线", "10", 1_200, 3),
            new Spec("WC", "110kV 汤溪变", "10kV 汤溪集镇线", "10", 0, 5),
            new Spec("JD", "220kV 金东变", "20kV 开发区Ⅰ线", "20", 8_000, 4),
            new Spec("JD", "110kV 孝顺变", "10kV 孝顺工业线", "10", 800, 4),
            new Spec("YW", "110kV 福田变", "10kV 商城五区线", "10", 3_150, 2),
            new Spec("YW", "110kV 福田变", "10kV 物流园线", "10", 0, 2),
            new Spec("DY", "110kV 横店变", "10kV 影视城线", "10", 2_500, 6),
            new Spec("WY", "110kV 温泉变", "10kV 度假区线", "10", 1_600, 7),
            new Spec("LX", "110kV 诸葛变", null, "110", 12_000, 9),
            new Spec("LX", "110kV 诸葛变", "10kV 钢铁园线", "10", 630, 9));

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseSettings database;

    @Inject
    SystemInfo system;

    @PostConstruct
    void seed() {
        if (!database.wantsDemoData()
                || !em.createQuery("SELECT c.id FROM GridCapacity c", Long.class)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty()) {
            return;
        }
        LocalDate today = system.today();
        for (Spec spec : SPECS) {
            GridCapacity row = new GridCapacity(spec.substation(), spec.feeder());
            row.set(
                    spec.substation(),
                    spec.feeder(),
                    new BigDecimal(spec.kv()),
                    spec.unit(),
                    spec.kva(),
                    today.minusDays(spec.daysAgo()));
            em.persist(row);
        }
        LOG.info(() -> "Demo data: " + SPECS.size() + " grid capacity rows");
    }
}
