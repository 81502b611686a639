package fr.spro.label.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as controllers see it ({@code @AuthenticationPrincipal AccountPrincipal}):
 * its role and, for a {@code STRUCTURE} account, the one structure it is bound to. Pages under
 * {@code /mon-espace} take the structure from here, never from the URL.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final String username;
    private String passwordHash;
    private final Role role;
    private final String structureId;
    private final boolean enabled;

    AccountPrincipal(UserAccount account) {
        this.username = account.username();
        this.passwordHash = account.passwordHash();
        this.role = account.role();
        this.structureId = account.role() == Role.STRUCTURE ? account.structureId() : null;
        this.enabled = account.enabled();
    }

    public Role role() {
        return role;
    }

    /** The structure of a {@code STRUCTURE} account; empty for every other role. */
    public Optional<String> structureId() {
        return Optional.ofNullable(structureId);
    }

    /** True only for the {@code STRUCTURE} account bound to that structure. */
    public boolean owns(String aStructureId) {
        return structureId != null && structureId.equals(aStructureId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return username + " (" + role + ")";
    }
}
