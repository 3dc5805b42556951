package com.medgrid.platform.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * The writable fields of a User as sent to {@code POST/PUT /api/resource/User}; null means "not
 * sent". Creation also checks the {@link Creating} group: email and full name are required.
 */
public record UserInput(
        @NotBlank(groups = UserInput.Creating.class) @Email @Size(max = 140) String email,
        @NotBlank(groups = UserInput.Creating.class) @Size(max = 140) String fullName,
        Boolean enabled,
        Set<String> roles,
        @Size(min = PasswordHasher.MIN_LENGTH, max = 200) String newPassword) {

    /** Validation group of the constraints that apply when a user is created. */
    public interface Creating {
    }
}
