package fr.spro.label.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fr.spro.label.journal.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who acts in a request and from where: the one resolution every controller's {@link Actor} parameter gets. */
class RequestActorTests {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static MockHttpServletRequest from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/back-office/imports");
        request.setRemoteAddr(address);
        return request;
    }

    @Test
    void namesTheSignedInAccountAndTheRemoteAddress() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("agent.qualite", null,
                AuthorityUtils.createAuthorityList("ROLE_OFFICER")));
        assertThat(RequestActor.of(from("198.51.100.4"))).isEqualTo(new Actor("agent.qualite", "198.51.100.4"));
    }

    @Test
    void namesNoAccountAnonymous() {
        assertThat(RequestActor.of(from("192.0.2.1"))).isEqualTo(new Actor(Actor.ANONYMOUS, "192.0.2.1"));
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("clé", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(RequestActor.of(from("192.0.2.2"))).isEqualTo(new Actor(Actor.ANONYMOUS, "192.0.2.2"));
    }

    @Test
    void resolvesOncePerRequest() {
        MockHttpServletRequest request = from("192.0.2.3");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("ml-dijon", null,
                List.of()));
        Actor first = RequestActor.of(request);
        SecurityContextHolder.clearContext();
        assertThat(RequestActor.of(request)).isSameAs(first);
        assertThat(RequestActor.of(from("192.0.2.3")).name()).isEqualTo(Actor.ANONYMOUS);
    }
}
