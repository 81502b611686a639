package fr.spro.label.transparency;

import java.util.Locale;

import fr.spro.label.web.PublicRulesPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rules in force as JSON, for everyone: the same content as the public page, from the same view. */
@RestController
@Tag(name = "Règles en vigueur", description = "Les règles du traitement algorithmique qui propose les décisions sur le label (sans authentification)")
class RulesApiController {

    private final PublishedRules rules;
    private final RulesWording words;
    private final String page;

    RulesApiController(PublishedRules rules, RulesWording words, @Value("${app.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.rules = rules;
        this.words = words;
        this.page = PublicRulesPage.at(publicBaseUrl);
    }

    @GetMapping(path = "/api/rules", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Les règles en vigueur et leurs versions",
            description = "Chaque critère avec ce qu'il vérifie et ses seuils, les règles de décision, les délais de la procédure, "
                    + "la version en vigueur et depuis quand, les versions précédentes. Textes en français, en anglais avec lang=en.")
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "Langue des textes : fr (défaut) ou en",
            schema = @Schema(type = "string", allowableValues = {"fr", "en"}))
    // Public: no sign-in, stated as such in the description (an empty list of security requirements).
    @SecurityRequirements
    RulesJson rules(Locale locale) {
        return RulesJson.of(rules.inForce(locale), page, words.text("transparency.who.short", locale));
    }
}
