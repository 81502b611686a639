package fr.spro.label.security;

import java.util.List;

import fr.spro.label.journal.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who acts in a request and from where, resolved in this one place for every controller (pages
 * and API alike): a controller declares an {@link Actor} parameter and hands it to the service,
 * which journals it. The name is the signed-in account's username, {@value Actor#ANONYMOUS}
 * without one; the origin is the request's remote address. Resolved once, then kept on the request,
 * so the controller and the access-denied journal of the same request name the same actor.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class RequestActor implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private static final String ATTRIBUTE = RequestActor.class.getName();

    /** Who acts in {@code request} and from where. */
    static Actor of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Actor resolved) {
            return resolved;
        }
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
        Actor actor = new Actor(signedIn ? who.getName() : Actor.ANONYMOUS, request.getRemoteAddr());
        request.setAttribute(ATTRIBUTE, actor);
        return actor;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                 WebDataBinderFactory binders) {
        return of(request.getNativeRequest(HttpServletRequest.class));
    }
}
