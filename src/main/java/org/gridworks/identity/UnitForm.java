package org.gridworks.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A unit as an administrator edits it; version is the one the form was loaded with. */
public record UnitForm(
        @NotBlank @Size(max = 16) @Pattern(regexp = "[A-Z0-9_]+")
        String code,

        @NotBlank @Size(max = 100) String nameZh,
        @NotBlank @Size(max = 100) String nameEn,
        UnitKind kind,
        String parentCode,
        boolean active,
        int version) {}
