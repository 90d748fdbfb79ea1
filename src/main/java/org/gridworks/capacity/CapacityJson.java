package org.gridworks.capacity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.validation.MaxLength;

/** Grid capacity on the wire (shared/API.md conventions): rows, districts, an import's answer. */
public final class CapacityJson {

    private CapacityJson() {}

    /** A row as a client sends it; {@code version} only for a change. */
    public record CapacityInput(
            @MaxLength(100) String substation,
            @MaxLength(100) String feeder,
            BigDecimal voltageKv,
            @MaxLength(100) String unit,
            Integer availableKva,
            @MaxLength(10) String updatedOn,
            Integer version) {}

    @JsonbPropertyOrder({
        "id",
        "substation",
        "feeder",
        "voltageKv",
        "unit",
        "district",
        "availableKva",
        "level",
        "updatedOn",
        "version"
    })
    @JsonbNillable
    public record RowJson(
            Long id,
            String substation,
            String feeder,
            BigDecimal voltageKv,
            String unit,
            String district,
            int availableKva,
            String level,
            String updatedOn,
            int version) {

        static RowJson of(CapacityRow r, Locale locale) {
            return new RowJson(
                    r.id(),
                    r.substation(),
                    r.feeder(),
                    r.voltageKv().stripTrailingZeros(),
                    r.unitCode(),
                    r.districtName(locale),
                    r.availableKva(),
                    r.level().name(),
                    r.updatedOn().toString(),
                    r.version());
        }
    }

    /** A row as the public list shows it: no id, no version. */
    @JsonbPropertyOrder({"substation", "feeder", "voltageKv", "availableKva", "level", "updatedOn"})
    @JsonbNillable
    public record PublicRowJson(
            String substation, String feeder, BigDecimal voltageKv, int availableKva, String level, String updatedOn) {

        static PublicRowJson of(CapacityRow r) {
            return new PublicRowJson(
                    r.substation(),
                    r.feeder(),
                    r.voltageKv().stripTrailingZeros(),
                    r.availableKva(),
                    r.level().name(),
                    r.updatedOn().toString());
        }
    }

    /** One district of the public list. */
    @JsonbPropertyOrder({"unit", "name", "rows"})
    public record DistrictJson(String unit, String name, List<PublicRowJson> rows) {}

    /** The public list: the date of the newest figure, the colour thresholds, the districts. */
    @JsonbPropertyOrder({"asOf", "plentyFromKva", "districts"})
    @JsonbNillable
    public record PublishedJson(String asOf, int plentyFromKva, List<DistrictJson> districts) {}

    public record ProblemJson(int row, String column, String error) {}

    @JsonbNillable
    public record ImportJson(int created, int changed, String error, List<ProblemJson> problems) {}
}
