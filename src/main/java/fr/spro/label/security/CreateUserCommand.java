package fr.spro.label.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.spro.label.cli.Command;
import fr.spro.label.cli.CommandException;
import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.structure.Directory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * {@code create-user --username=U --role=OFFICER|CREFOP|ADMIN|STRUCTURE [--structure=ID]}: creates
 * or updates an account. The password comes from the environment variable {@code TO_PASSWORD},
 * never from the command line (where {@code ps} and shell histories would show it).
 */
@Component
class CreateUserCommand implements Command {

    static final String PASSWORD_VARIABLE = "TO_PASSWORD";
    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");

    private final UserAccounts accounts;
    private final Directory directory;
    private final PasswordEncoder encoder;
    private final Journal journal;
    private final Clock clock;
    private final UnaryOperator<String> environment;

    @Autowired
    CreateUserCommand(UserAccounts accounts, Directory directory, PasswordEncoder encoder, Journal journal, Clock clock) {
        this(accounts, directory, encoder, journal, clock, System::getenv);
    }

    CreateUserCommand(UserAccounts accounts, Directory directory, PasswordEncoder encoder, Journal journal, Clock clock,
                      UnaryOperator<String> environment) {
        this.accounts = accounts;
        this.directory = directory;
        this.encoder = encoder;
        this.journal = journal;
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "create-user";
    }

    @Override
    public String usage() {
        return "create-user --username=U --role=OFFICER|CREFOP|ADMIN|STRUCTURE [--structure=ID]   (mot de passe : variable "
                + PASSWORD_VARIABLE + ")";
    }

    @Override
    public int run(ApplicationArguments arguments) {
        if (arguments.containsOption("password")) {
            throw new CommandException("Le mot de passe ne se donne pas en ligne de commande : utilisez la variable d'environnement "
                    + PASSWORD_VARIABLE + ".");
        }
        String username = CommandException.requiredOption(arguments, "username");
        if (!USERNAME.matcher(username).matches()) {
            throw new CommandException("Identifiant invalide « " + username + " » : 3 à 64 caractères parmi lettres, chiffres, . _ @ -");
        }
        Role role = role(CommandException.requiredOption(arguments, "role"));
        String structureId = structure(arguments, role);
        String password = environment.apply(PASSWORD_VARIABLE);
        if (password == null || password.isBlank()) {
            throw new CommandException("Variable d'environnement " + PASSWORD_VARIABLE + " absente ou vide : elle porte le mot de passe du compte.");
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new CommandException("Mot de passe trop court : au moins " + MIN_PASSWORD_LENGTH + " caractères.");
        }
        UserAccount existing = accounts.findByUsername(username).orElse(null);
        Instant now = Instant.now(clock);
        UserAccount saved = accounts.save(new UserAccount(existing == null ? null : existing.id(), username,
                encoder.encode(password), role, structureId, true, existing == null ? now : existing.createdAt()));
        String state = role + (structureId == null ? "" : " " + structureId);
        journal.record(Actor.commandLine(), existing == null ? JournalAction.USER_CREATED : JournalAction.USER_UPDATED,
                username, existing == null ? null : existing.role() + (existing.structureId() == null ? "" : " " + existing.structureId()),
                state);
        System.out.println((existing == null ? "Compte créé : " : "Compte mis à jour : ") + saved.username() + " (" + state + ")");
        return 0;
    }

    private static Role role(String value) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(value)).findFirst()
                .orElseThrow(() -> new CommandException("Rôle inconnu « " + value + " » : " + Arrays.stream(Role.values())
                        .map(Role::name).collect(Collectors.joining(", "))));
    }

    private String structure(ApplicationArguments arguments, Role role) {
        List<String> values = arguments.getOptionValues("structure");
        String structureId = values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
        if (role != Role.STRUCTURE) {
            if (structureId != null) {
                throw new CommandException("--structure ne s'emploie qu'avec le rôle STRUCTURE.");
            }
            return null;
        }
        if (structureId == null) {
            throw new CommandException("Le rôle STRUCTURE demande --structure=ID, l'identifiant de la structure du compte.");
        }
        if (!directory.exists(structureId)) {
            throw new CommandException("Structure inconnue « " + structureId + " » : importez-la d'abord dans l'annuaire.");
        }
        return structureId;
    }
}
