package org.gridworks.permits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.gridworks.platform.BusinessException;
import org.junit.jupiter.api.Test;

class PermitTypeRulesTest {

    private static PermitTypeService.TypeForm form(String code, Integer limit, String documents) {
        return new PermitTypeService.TypeForm(
                null,
                code,
                "管线迁改许可",
                "Pipeline relocation permit",
                "金华市建设局",
                "Jinhua Construction Bureau",
                limit,
                true,
                documents,
                true,
                0);
    }

    @Test
    void aGoodTypeKeepsItsDocumentsOnePerLine() {
        assertEquals(List.of("申请表", "迁改方案"), PermitTypeService.check(form("PIPELINE", 5, " 申请表 \n\n迁改方案\n")));
    }

    @Test
    void badTypesAreRefusedAtTheField() {
        assertEquals(
                "code",
                assertThrows(BusinessException.class, () -> PermitTypeService.check(form("管线", 5, "申请表")))
                        .field());
        assertEquals(
                "limitDays",
                assertThrows(BusinessException.class, () -> PermitTypeService.check(form("PIPELINE", 0, "申请表")))
                        .field());
        assertEquals(
                "documents",
                assertThrows(BusinessException.class, () -> PermitTypeService.check(form("PIPELINE", 5, "  \n ")))
                        .field());
    }
}
