package org.gridworks.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A user as an administrator edits them; version is the one the form was loaded with (0 for a new user). */
public record UserForm(
        @NotBlank @Size(min = 2, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{user.login.pattern}")
        String login,

        @NotBlank @Size(max = 100) String displayName,
        @NotBlank String unit,

        @Size(max = 32) @Pattern(regexp = "[0-9+() -]*", message = "{user.phone.pattern}")
        String phone,

        @Size(max = 254) @Email String email,
        Set<String> roles,
        boolean enabled,
        int version) {

    public UserForm {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
