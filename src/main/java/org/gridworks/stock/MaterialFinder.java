package org.gridworks.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.search.SearchHit;
import org.gridworks.platform.search.SearchSource;

/** The search box finds active materials by code, name or specification, as the stock check does (4x150 finds 4×150). */
@ApplicationScoped
public class MaterialFinder implements SearchSource {

    @Inject
    Catalogue catalogue;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String headingKey() {
        return "search.materials";
    }

    @Override
    public List<SearchHit> find(String text, int limit, Locale locale) {
        return catalogue.find(text, true, limit).stream()
                .map(m -> new SearchHit(
                        m.getCode() + " · " + m.getName(),
                        m.getSpec(),
                        "/stock/material.xhtml?code=" + URLEncoder.encode(m.getCode(), StandardCharsets.UTF_8)))
                .toList();
    }
}
