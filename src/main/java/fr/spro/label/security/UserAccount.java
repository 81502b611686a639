package fr.spro.label.security;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An account. The password is only ever stored as a strong one-way hash. */
@Document("users")
public record UserAccount(
        @Id String id,
        @Indexed(unique = true) String username,
        String passwordHash,
        Role role,
        String structureId,
        boolean enabled,
        Instant createdAt) {
}
