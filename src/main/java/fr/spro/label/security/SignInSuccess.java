package fr.spro.label.security;

import java.io.IOException;

import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a form sign-in: journal it ({@code LOGIN_SUCCESS}), then go back to the page that asked
 * for it, or to the working space of the account's role.
 */
class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    private final Journal journal;

    SignInSuccess(Journal journal) {
        this.journal = journal;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication who)
            throws ServletException, IOException {
        Role role = who.getPrincipal() instanceof AccountPrincipal account ? account.role() : null;
        journal.record(new Actor(who.getName(), request.getRemoteAddr()), JournalAction.LOGIN_SUCCESS, who.getName(), null,
                role == null ? null : role.name());
        super.onAuthenticationSuccess(request, response, who);
    }

    /** Used when no page asked for the sign-in: the account's working space. */
    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response, Authentication who) {
        return homeOf(who.getPrincipal() instanceof AccountPrincipal account ? account.role() : null);
    }

    static String homeOf(Role role) {
        if (role == null) {
            return "/";
        }
        return switch (role) {
            case STRUCTURE -> "/mon-espace";
            case OFFICER -> "/back-office";
            case CREFOP -> "/crefop";
            // What only an administrator does today: the rule sets, where rule files are uploaded.
            case ADMIN -> "/back-office/regles";
        };
    }
}
