package org.gridworks.projects;

/** An application document type as an administrator edits it; version is the one the form was loaded with. */
public record DocumentTypeForm(
        String code, String nameZh, String nameEn, boolean fourFree, boolean active, int version) {}
