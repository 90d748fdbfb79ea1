package org.gridworks.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.validation.MaxItems;
import org.gridworks.platform.validation.MaxLength;
import org.gridworks.platform.validation.SeenVersion;

/**
 * Identity over the JSON API: who am I, the units, and user administration. The services decide who may
 * do what; this class only translates.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdentityResource {

    @Inject
    CurrentCaller callers;

    @Inject
    UnitService units;

    @Inject
    UserService users;

    /** The signed-in user, as shared/API.md fixes it. */
    public record Me(String login, String displayName, String unit, List<String> roles) {}

    public record UnitJson(String code, String nameZh, String nameEn, UnitKind kind, boolean active, int version) {
        static UnitJson of(Unit unit) {
            return new UnitJson(
                    unit.getCode(),
                    unit.getNameZh(),
                    unit.getNameEn(),
                    unit.getKind(),
                    unit.isActive(),
                    unit.getVersion());
        }
    }

    public record UserJson(
            String login,
            String displayName,
            String unit,
            String phone,
            String email,
            List<String> roles,
            boolean enabled,
            int version) {
        static UserJson of(AppUser user) {
            return new UserJson(
                    user.getLogin(),
                    user.getDisplayName(),
                    user.getUnit().getCode(),
                    user.getPhone(),
                    user.getEmail(),
                    user.getRoles().stream().sorted().toList(),
                    user.isEnabled(),
                    user.getVersion());
        }
    }

    /** A user as sent to create or change one; password only when creating. */
    public record UserInput(
            @MaxLength(64) String login,
            @MaxLength(100) String displayName,
            @MaxLength(32) String unit,
            @MaxLength(32) String phone,
            @MaxLength(254) String email,
            @MaxItems(10) Set<@MaxLength(32) String> roles,
            Boolean enabled,
            @SeenVersion Integer version,
            @MaxLength(256) String password) {}

    @GET
    @Path("me")
    public Me me() {
        Caller caller = callers.require();
        return new Me(
                caller.login(),
                caller.displayName(),
                caller.unit(),
                caller.roles().stream().sorted().toList());
    }

    @GET
    @Path("units")
    public List<UnitJson> units() {
        return units.list().stream().map(UnitJson::of).toList();
    }

    @GET
    @Path("users")
    public List<UserJson> users() {
        return users.list().stream().map(UserJson::of).toList();
    }

    @GET
    @Path("users/{login}")
    public UserJson user(@PathParam("login") String login) {
        return UserJson.of(users.require(login));
    }

    @POST
    @Path("users")
    public Response create(@Valid UserInput input) {
        AppUser created = users.create(form(input, input == null ? null : input.login()), input.password());
        return Response.status(Response.Status.CREATED)
                .entity(UserJson.of(created))
                .build();
    }

    @PUT
    @Path("users/{login}")
    public UserJson update(@PathParam("login") String login, @Valid UserInput input) {
        if (input == null || input.version() == null) {
            throw BusinessException.invalid("version", "api.versionRequired");
        }
        return UserJson.of(users.update(form(input, login)));
    }

    /** A new password chosen by an administrator: {"password": "..."}; unlocks the account. */
    public record PasswordInput(@MaxLength(256) String password) {}

    @POST
    @Path("users/{login}/password")
    public Response resetPassword(@PathParam("login") String login, @Valid PasswordInput input) {
        users.resetPassword(login, input == null ? null : input.password());
        return Response.noContent().build();
    }

    private static UserForm form(UserInput input, String login) {
        if (input == null) {
            throw BusinessException.invalid(null, "api.bodyRequired");
        }
        return new UserForm(
                login,
                input.displayName(),
                input.unit(),
                input.phone(),
                input.email(),
                input.roles(),
                input.enabled() == null || input.enabled(),
                input.version() == null ? 0 : input.version());
    }
}
