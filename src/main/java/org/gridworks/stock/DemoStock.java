package org.gridworks.stock;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.gridworks.platform.Time;
import org.gridworks.platform.db.DatabaseSettings;
import org.gridworks.projects.ConnectionProject;

/**
 * Demo mode only: the demo catalogue in every warehouse, with a reserve list and opening stock posted as receipts,
 * a few materials below their reserve level in some warehouses (so replenishment and allocation have something to
 * propose), issues to demo projects and one transfer on its way from the central warehouse to Wucheng. Added once,
 * when there is no material yet.
 */
@Startup
@Singleton
@DependsOn("DemoProjects")
public class DemoStock {

    private static final Logger LOG = Logger.getLogger(DemoStock.class.getName());
    private static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseSettings database;

    @Inject
    StockLedger ledger;

    @PostConstruct
    void seed() {
        if (!database.wantsDemoData()
                || !em.createQuery("SELECT m.id FROM Material m", Long.class)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty()) {
            return;
        }
        List<Warehouse> warehouses = em.createQuery(
                        "SELECT w FROM Warehouse w ORDER BY w.central DESC, w.id", Warehouse.class)
                .getResultList();
        LocalDateTime opening = Time.now().minusDays(30);
        int code = 100_001;
        for (int i = 0; i < DemoMaterials.ITEMS.size(); i++) {
            DemoMaterials.Item item = DemoMaterials.ITEMS.get(i);
            Material material = new Material(
                    String.format(Locale.ROOT, "500%06d", code++),
                    item.name(),
                    item.spec(),
                    item.uom(),
                    item.category());
            em.persist(material);
            em.flush();
            for (int w = 0; w < warehouses.size(); w++) {
                Warehouse warehouse = warehouses.get(w);
                em.persist(new StockBalance(material.getId(), warehouse.getId()));
                boolean kept = warehouse.isCentral() || (i + w) % 5 != 0; // not every county keeps everything
                if (!kept) {
                    continue;
                }
                int minimum = item.level() * (warehouse.isCentral() ? 3 : 1);
                int ceiling = minimum * 3;
                em.persist(new ReserveLevel(material.getId(), warehouse.getId(), minimum, ceiling));
                int onHand = openingStock(i, w, minimum, ceiling);
                if (onHand > 0) {
                    receipt(material, warehouse, onHand, opening);
                }
            }
        }
        em.flush();
        issuesToProjects(warehouses);
        transferOnItsWay(warehouses);
        LOG.info(() ->
                "Demo data: " + DemoMaterials.ITEMS.size() + " materials in " + warehouses.size() + " warehouses");
    }

    /** Mostly between the reserve level and the ceiling; about one pair in eleven below its reserve level. */
    static int openingStock(int material, int warehouse, int minimum, int ceiling) {
        if ((material * 7 + warehouse * 3) % 11 == 0) {
            return minimum / 3;
        }
        return minimum + (ceiling - minimum) * ((material * 13 + warehouse * 5) % 10) / 10;
    }

    private void receipt(Material material, Warehouse warehouse, int quantity, LocalDateTime at) {
        StockPosting posting = new StockPosting(
                null, "demo", MovementType.RECEIPT, at, SYSTEM, null, null, "期初库存 opening stock", null);
        ledger.post(
                posting,
                List.of(new StockLedger.Effect(
                        material, warehouse, MovementType.RECEIPT, quantity, Balance.Delta.receipt(quantity), null)));
    }

    private void issuesToProjects(List<Warehouse> warehouses) {
        List<ConnectionProject> projects = em.createQuery(
                        "SELECT p FROM ConnectionProject p ORDER BY p.id", ConnectionProject.class)
                .setMaxResults(3)
                .getResultList();
        List<Material> materials = em.createQuery("SELECT m FROM Material m ORDER BY m.code", Material.class)
                .getResultList();
        for (int p = 0; p < projects.size(); p++) {
            ConnectionProject project = projects.get(p);
            Warehouse warehouse = warehouses.stream()
                    .filter(w -> w.unitCode().equals(project.getUnit().getCode()))
                    .findFirst()
                    .orElse(warehouses.get(0));
            Material material = materials.get(6 + p); // low-voltage cable
            if (ledger.lock(material, warehouse).balance().available() < 60) {
                continue;
            }
            StockPosting posting = new StockPosting(
                    null,
                    "demo",
                    MovementType.ISSUE,
                    Time.now().minusDays(5 - p),
                    SYSTEM,
                    null,
                    project,
                    "领料单 LL-" + (2026_0100 + p),
                    null);
            ledger.post(
                    posting,
                    List.of(new StockLedger.Effect(
                            material, warehouse, MovementType.ISSUE, 60, Balance.Delta.issue(60), null)));
        }
    }

    private void transferOnItsWay(List<Warehouse> warehouses) {
        Warehouse central = warehouses.get(0);
        Warehouse wucheng = warehouses.stream()
                .filter(w -> w.getCode().equals("WH-WC"))
                .findFirst()
                .orElse(null);
        if (wucheng == null) {
            return;
        }
        Material meters = em.createQuery(
                        "SELECT m FROM Material m WHERE m.category = :c ORDER BY m.code", Material.class)
                .setParameter("c", MaterialCategory.SMART_METER)
                .setMaxResults(1)
                .getSingleResult();
        if (ledger.lock(meters, central).balance().available() < 120) {
            return;
        }
        LocalDateTime sent = Time.now().minusHours(3);
        StockTransfer transfer = new StockTransfer(meters, central, wucheng, 120, sent, SYSTEM, "补库 replenishment");
        em.persist(transfer);
        StockPosting posting = new StockPosting(
                null, "demo", MovementType.TRANSFER_OUT, sent, SYSTEM, "补库 replenishment", null, null, transfer);
        ledger.post(
                posting,
                List.of(
                        new StockLedger.Effect(
                                meters, central, MovementType.TRANSFER_OUT, 120, Balance.Delta.sent(120), wucheng),
                        new StockLedger.Effect(
                                meters,
                                wucheng,
                                MovementType.TRANSFER_OUT,
                                120,
                                Balance.Delta.incoming(120),
                                central)));
    }
}
