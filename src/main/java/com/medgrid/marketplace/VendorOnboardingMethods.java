package com.medgrid.marketplace;

import com.medgrid.platform.ratelimit.PublicFormThrottle;
import com.medgrid.platform.ratelimit.RateLimit;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.security.CurrentUser;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.UserInvitations;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code medgrid.api.*} vendor onboarding: public registration, the admins' review. */
@ApplicationScoped
public class VendorOnboardingMethods {

    @Inject
    VendorOnboarding onboarding;
    @Inject
    PublicFormThrottle throttle;
    @Inject
    CurrentUser user;
    @Inject
    HttpServletRequest request;
    @Inject
    UserInvitations invitations;

    /** Registrations per client address: each one is a user and a profile an admin has to review. */
    @Inject
    @ConfigProperty(name = "medgrid.throttle.register-vendor", defaultValue = "5/PT1H")
    String registrations;

    private RateLimit limit;

    @PostConstruct
    void init() {
        limit = RateLimit.parse(registrations);
    }

    /**
     * Open to guests (throttled per client address) and to admins. Only an admin sees the
     * invitation of a vendor registered without a password, to pass it on; a guest registering
     * someone else's address must not get to set that account's password.
     */
    @PermitAll
    @ApiMethod(value = "medgrid.api.register_vendor", httpMethods = "POST",
            summary = "Register a vendor ({sales_representative_name, email, password, country, profile_url}): a Pending Approval profile and a disabled user")
    public Map<String, Object> register(ApiArgs args) {
        boolean admin = isAdmin();
        if (!admin) {
            throttle.admit("register_vendor", limit, request.getRemoteAddr());
        }
        VendorOnboarding.Registered registered = onboarding.register(VendorRegistration.parse(args), user.name());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("vendor_profile", registered.vendorProfile());
        answer.put("status", registered.status());
        answer.put("user", registered.user());
        if (admin) {
            registered.invitation().ifPresent(invitation -> answer.put("invitation_url", invitations.url(invitation)));
        }
        return answer;
    }

    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
    @ApiMethod(value = "medgrid.api.approve_vendor", httpMethods = "POST",
            summary = "Approve a Pending Approval or reinstate a Suspended Vendor Profile ({name, note?}); enables its user")
    public Map<String, Object> approve(ApiArgs args) {
        return reviewed(onboarding.approve(args.requireString("name"), args.string("note"), user.name()));
    }

    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
    @ApiMethod(value = "medgrid.api.reject_vendor", httpMethods = "POST",
            summary = "Reject a Pending Approval Vendor Profile ({name, note}); its user stays disabled")
    public Map<String, Object> reject(ApiArgs args) {
        return reviewed(onboarding.reject(args.requireString("name"), args.requireString("note"), user.name()));
    }

    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
    @ApiMethod(value = "medgrid.api.suspend_vendor", httpMethods = "POST",
            summary = "Suspend an Approved Vendor Profile ({name, note}); its order lines wait until it is reinstated")
    public Map<String, Object> suspend(ApiArgs args) {
        return reviewed(onboarding.suspend(args.requireString("name"), args.requireString("note"), user.name()));
    }

    private boolean isAdmin() {
        return user.hasAnyRole(Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN);
    }

    private static Map<String, Object> reviewed(VendorProfile profile) {
        return Map.of("vendor_profile", profile.getName(), "status", profile.getStatus());
    }
}
