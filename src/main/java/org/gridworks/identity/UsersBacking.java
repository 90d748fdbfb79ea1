package org.gridworks.identity;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The administrator's list of users. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    private List<UserRow> rows;

    @PostConstruct
    void load() {
        rows = users.list().stream().map(UserRow::of).toList();
    }

    public List<UserRow> getRows() {
        return rows;
    }
}
