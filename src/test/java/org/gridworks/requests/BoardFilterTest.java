package org.gridworks.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the delivery board's filters let through. */
class BoardFilterTest {

    private static RequestRow row(long id, String number, String customer, DeliveryState state, String... warehouses) {
        return new RequestRow(
                id,
                1,
                number,
                customer,
                "婺城区八一北街 18 号",
                "2026-11-30 09:00",
                LocalDate.parse("2026-12-02"),
                false,
                RequestStatus.RESERVED,
                state,
                3,
                0,
                String.join("、", warehouses),
                true,
                0,
                "LATER",
                List.of(warehouses).stream()
                        .map(w -> new RequestRow.Line("M1", "电缆 YJV22-8.7/15kV-3×240", "米", 10, 0, w, null, true))
                        .toList(),
                null,
                true);
    }

    private static final List<RequestRow> BOARD = List.of(
            row(11, "WC-2026-000101", "金华市第一中学", DeliveryState.RED, "婺城仓库"),
            row(12, "WC-2026-000102", "Jinhua Steel Co.", DeliveryState.ON_TRACK, "婺城仓库", "金华市中心仓库"),
            row(13, "JD-2026-000007", "金东数据中心", DeliveryState.YELLOW, "金华市中心仓库"));

    private static List<Long> shown(BoardFilter filter) {
        return BOARD.stream().filter(filter::shows).map(RequestRow::id).toList();
    }

    @Test
    void noFilterShowsEverything() {
        assertEquals(List.of(11L, 12L, 13L), shown(new BoardFilter(null, "", " ")));
    }

    @Test
    void aWarehouseShowsTheRequestsWithALineFromIt() {
        assertEquals(List.of(12L, 13L), shown(new BoardFilter(null, "金华市中心仓库", null)));
    }

    @Test
    void wordsAreFoundInTheNumberTheCustomerOrTheSiteWhateverTheKeyboard() {
        assertEquals(List.of(13L), shown(new BoardFilter(null, null, "ＪＤ－２０２６")));
        assertEquals(List.of(12L), shown(new BoardFilter(null, null, "steel")));
        assertEquals(List.of(11L), shown(new BoardFilter(null, null, "一中")));
        assertEquals(List.of(11L, 12L, 13L), shown(new BoardFilter(null, null, "八一北街")));
        assertEquals(List.of(12L), shown(new BoardFilter(null, null, "12")), "a request's own number");
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of(11L), shown(new BoardFilter("RED", "婺城仓库", "WC-2026")));
        assertEquals(List.of(), shown(new BoardFilter("YELLOW", "婺城仓库", null)));
    }
}
