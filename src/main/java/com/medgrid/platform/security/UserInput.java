package com.medgrid.platform.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * The writable fields of a User as sent to {@code POST/PUT /api/resource/User}; null means "not
 * sent". Creation requires email and full name.
 */
public record UserInput(
        @Email @Size(max = 140) String email,
        @Size(min = 1, max = 140) String fullName,
        Boolean enabled,
        Set<String> roles,
        @Size(min = PasswordHasher.MIN_LENGTH, max = 200) String newPassword) {
}
