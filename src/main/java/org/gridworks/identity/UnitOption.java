package org.gridworks.identity;

import java.io.Serializable;

/** A unit as a choice in a form: its code and its names in both languages. */
public record UnitOption(String code, String nameZh, String nameEn) implements Serializable {

    static UnitOption of(Unit unit) {
        return new UnitOption(unit.getCode(), unit.getNameZh(), unit.getNameEn());
    }

    public String label(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }

    public String getCode() {
        return code;
    }
}
