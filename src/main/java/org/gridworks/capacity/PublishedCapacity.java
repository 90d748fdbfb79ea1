package org.gridworks.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The rows grouped by district in the order given (the service's: by unit code), and the date of the newest figure. */
public record PublishedCapacity(LocalDate asOf, List<District> districts) {

    /** One district (a unit's area) and its rows. */
    public record District(String unitCode, String name, List<CapacityRow> rows) {}

    public static PublishedCapacity of(List<CapacityRow> rows, Locale locale) {
        Map<String, List<CapacityRow>> byUnit = new LinkedHashMap<>();
        LocalDate newest = null;
        for (CapacityRow row : rows) {
            byUnit.computeIfAbsent(row.unitCode(), u -> new ArrayList<>()).add(row);
            if (newest == null || row.updatedOn().isAfter(newest)) {
                newest = row.updatedOn();
            }
        }
        List<District> districts = new ArrayList<>();
        byUnit.forEach(
                (unit, list) -> districts.add(new District(unit, list.get(0).districtName(locale), list)));
        return new PublishedCapacity(newest, districts);
    }
}
