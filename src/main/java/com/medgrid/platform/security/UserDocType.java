package com.medgrid.platform.security;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.DocTypeHandler;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.DocTypeSchema;
import com.medgrid.platform.api.ListQueryEngine;
import com.medgrid.platform.api.ListQueryParser;
import com.medgrid.platform.api.ReadPolicy;
import com.medgrid.platform.api.RowScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code /api/resource/User}: System Managers manage users; hashes and secrets never leave the server. */
@ApplicationScoped
@RolesAllowed(Roles.SYSTEM_MANAGER)
public class UserDocType implements DocTypeHandler {

    static final DocTypeMeta META = DocTypeMeta.of("User", User.class);
    private static final Set<String> WRITABLE = Set.of("email", "full_name", "enabled", "roles", "new_password");

    @Inject
    ListQueryEngine lists;
    @Inject
    UserService users;
    @Inject
    CurrentUser currentUser;

    @Override
    public String doctype() {
        return META.doctype();
    }

    @Override
    public Optional<DocTypeSchema> schema() {
        return Optional.of(DocTypeSchema.of(META));
    }

    @Override
    public List<Object> list(ApiArgs args) {
        return lists.list(META, ListQueryParser.parse(META, args), RowScope.ALL);
    }

    @Override
    public long count(ApiArgs args) {
        return lists.count(META, ListQueryParser.parse(META, args), RowScope.ALL, ReadPolicy.NONE);
    }

    @Override
    public Map<String, Object> get(String name) {
        return document(users.find(name));
    }

    @Override
    public Map<String, Object> create(ApiArgs body) {
        return document(users.create(input(body), currentUser.name()));
    }

    @Override
    public Map<String, Object> update(String name, ApiArgs body) {
        return document(users.update(name, input(body), currentUser.name()));
    }

    @Override
    public void delete(String name) {
        throw ApiException.validation("Users are not deleted: disable them with PUT {\"enabled\": 0} to keep their history.");
    }

    private static UserInput input(ApiArgs body) {
        META.checkWritable(body, WRITABLE);
        return new UserInput(
                body.string("email").orElse(null),
                body.string("full_name").orElse(null),
                body.bool("enabled").orElse(null),
                roles(body),
                body.string("new_password").orElse(null));
    }

    /** {@code roles} as Frappe's child table ({@code [{"role": "Vendor"}]}) or as plain names. */
    private static Set<String> roles(ApiArgs body) {
        return body.array("roles").map(array -> {
            Set<String> roles = new LinkedHashSet<>();
            for (JsonValue entry : array) {
                if (entry instanceof JsonString name) {
                    roles.add(name.getString());
                } else if (entry instanceof JsonObject row && row.get("role") instanceof JsonString name) {
                    roles.add(name.getString());
                } else {
                    throw ApiException.validation("roles entries must be role names or {\"role\": name}, got " + entry + ".");
                }
            }
            return roles;
        }).orElse(null);
    }

    private static Map<String, Object> document(User user) {
        Map<String, Object> doc = META.render(user);
        doc.put("roles", user.getRoles().stream().map(role -> Map.of("role", role, "parent", user.getName())).toList());
        return doc;
    }
}
