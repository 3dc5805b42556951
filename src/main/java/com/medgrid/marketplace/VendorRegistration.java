package com.medgrid.marketplace;

import com.medgrid.platform.api.PublicFormFields;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.security.PasswordHasher;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@code register_vendor} request, checked before anything is stored. Public registration is a
 * spam target, so the body may hold only the documented fields and leave the honeypot empty
 * ({@link PublicFormFields}).
 *
 * @param password empty when the vendor is to be invited to set one
 */
public record VendorRegistration(String vendorName, String email, Optional<String> password, String country, String profileUrl) {

    static final List<String> FIELDS = List.of("sales_representative_name", "email", "password", "country", "profile_url");

    private static final int MAX_TEXT = 140;
    /** Deliberately loose (one @, a dot in the domain, no spaces): the user's own rules check the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PROFILE_URL = Pattern.compile(VendorProfile.PROFILE_URL_PATTERN);

    public static VendorRegistration parse(ApiArgs args) {
        PublicFormFields.check(args, "register_vendor", FIELDS);
        String email = text(args, "email").toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw ApiException.validation("email " + email + " is not a valid email address.");
        }
        String profileUrl = args.requireString("profile_url");
        if (!PROFILE_URL.matcher(profileUrl).matches()) {
            throw ApiException.validation("profile_url " + VendorProfile.PROFILE_URL_RULE + ", got " + profileUrl + ".");
        }
        Optional<String> password = args.string("password");
        password.ifPresent(p -> PasswordHasher.checkLength("password", p));
        return new VendorRegistration(text(args, "sales_representative_name"), email, password, text(args, "country"), profileUrl);
    }

    private static String text(ApiArgs args, String name) {
        String value = args.requireString(name);
        if (value.length() > MAX_TEXT) {
            throw ApiException.validation(name + " must be at most " + MAX_TEXT + " characters long.");
        }
        return value;
    }
}
