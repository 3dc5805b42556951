package com.medgrid.platform.security;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.api.ApiResponse;
import com.medgrid.platform.api.RequiresScope;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/** Frappe's authentication endpoints: login, logout, who am I, and API key generation. */
@ApplicationScoped
public class AuthMethods {

    @Inject
    LoginService logins;
    @Inject
    SessionService sessions;
    @Inject
    UserService users;
    @Inject
    CurrentUser currentUser;
    @Inject
    HttpServletRequest request;

    /**
     * Frappe's login answer plus {@code csrf_token}, which cookie-authenticated writes send back as
     * {@code X-Frappe-CSRF-Token}. The client address is the one Liberty's {@code remoteIp} settles
     * on: the connection's, or X-Forwarded-For's when a trusted proxy sent it.
     */
    @PermitAll
    @ApiMethod(value = "login", httpMethods = "POST", summary = "Log in with {usr, pwd}; sets the sid cookie and returns csrf_token")
    public ApiResponse login(ApiArgs args) {
        LoginService.LoggedIn in = logins.login(args.requireString("usr"), args.requireString("pwd"), request.getRemoteAddr());
        User user = in.user();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", "Logged In");
        body.put("home_page", "System User".equals(user.getUserType()) ? "/app" : "/me");
        body.put("full_name", user.getFullName());
        body.put("csrf_token", in.session().csrfToken());
        return new ApiResponse(body, SessionCookies.login(in.session().sid(), user, (int) sessions.lifetime().toSeconds(),
                request.isSecure()));
    }

    @PermitAll
    @ApiMethod(value = "logout", httpMethods = {"GET", "POST"}, summary = "End the browser session")
    public ApiResponse logout() {
        String sid = currentUser.sessionId();
        if (sid != null) {
            logins.logout(sid);
        }
        return new ApiResponse(Map.of(), SessionCookies.logout(request.isSecure()));
    }

    @RequiresScope({})
    @ApiMethod(value = "frappe.auth.get_logged_user", summary = "The signed-in user's name")
    public String loggedUser() {
        return currentUser.name();
    }

    /**
     * "My Profile → API Access → Generate Keys": a new pair for the caller, or for any user when the
     * caller is a System Manager; with {@code scopes} (a JSON list) the pair is limited to them. The
     * old pair stops working; the secret is returned only here. Not open to scoped callers: a
     * limited credential must not mint an unlimited one.
     */
    @ApiMethod(value = "frappe.core.doctype.user.user.generate_keys", httpMethods = "POST",
            summary = "Generate (and replace) an API key pair, optionally limited to scopes; the secret is shown once")
    public Map<String, Object> generateKeys(ApiArgs args) {
        String user = args.string("user").orElse(currentUser.name());
        if (!user.equals(currentUser.name()) && !currentUser.hasRole(Roles.SYSTEM_MANAGER)) {
            throw ApiException.permission("Not permitted: only a System Manager can generate keys for another user.");
        }
        Optional<List<String>> scopes = args.json("scopes").map(value -> Scopes.parse("scopes", value));
        UserService.ApiKeys keys = users.generateKeys(user, scopes, currentUser.name());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("user", keys.user());
        answer.put("api_key", keys.apiKey());
        answer.put("api_secret", keys.apiSecret());
        scopes.ifPresent(granted -> answer.put("scopes", granted));
        return answer;
    }
}
