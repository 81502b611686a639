package fr.spro.label.structurespace;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Structures;
import fr.spro.label.support.SpaceFixture;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * One structure of a test, with its STRUCTURE account signed in as the application signs it in
 * (its {@code AccountPrincipal}), and MockMvc with the security filters.
 */
record Space(MemberStructure structure, String username, RequestPostProcessor signedIn, MockMvc mvc) {

    static Space of(WebApplicationContext context, String structureId, String username) {
        MemberStructure structure = SpaceFixture.structureWithAccount(context.getBean(Structures.class),
                context.getBean(UserAccounts.class), context.getBean(PasswordEncoder.class), structureId, username);
        SpaceFixture.openCampaign(context.getBean(Campaigns.class));
        RequestPostProcessor principal = user(context.getBean(UserDetailsService.class).loadUserByUsername(username));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        return new Space(structure, username, principal, mvc);
    }

    String id() {
        return structure.id();
    }
}
