package org.gridworks.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.gridworks.identity.Unit;
import org.gridworks.identity.UnitKind;

/** Connection projects built in memory, with acceptance open since the acceptance date, for unit tests. */
public final class TestProjects {

    private TestProjects() {}

    /** A rural resident's 8 kW supply: acceptance, then connection. */
    public static ConnectionProject residential(LocalDate acceptedOn) {
        return project("李建国", AreaType.RURAL, "8", "0.4", true, false, Category.RESIDENTIAL, acceptedOn);
    }

    /** A 10 kV, 630 kVA single-supply factory whose connection needs supporting works (a milestone plan). */
    public static ConnectionProject withSupportingWorks(LocalDate acceptedOn) {
        return project("金华永盛机械制造有限公司", AreaType.URBAN, "630", "10", false, true, Category.HV_SINGLE, acceptedOn);
    }

    private static ConnectionProject project(
            String customer,
            AreaType area,
            String kw,
            String kv,
            boolean residential,
            boolean supportingWorks,
            Category category,
            LocalDate acceptedOn) {
        Unit unit = new Unit("WC", "婺城", "Wucheng", UnitKind.DISTRICT, null);
        ConnectionProject project = new ConnectionProject(unit, acceptedOn.atTime(8, 0), "manager");
        project.setFacts(
                customer,
                null,
                area,
                new BigDecimal(kw),
                new BigDecimal(kv),
                false,
                false,
                residential,
                false,
                supportingWorks,
                acceptedOn);
        project.setCategory(category, false, null);
        project.arrangeSteps();
        project.openStep(StepCode.ACCEPTANCE, acceptedOn.atStartOfDay(), "manager");
        return project;
    }
}
