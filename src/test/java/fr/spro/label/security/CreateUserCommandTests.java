package fr.spro.label.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import fr.spro.label.cli.CommandException;
import fr.spro.label.journal.Journal;
import fr.spro.label.structure.Directory;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Structures;
import fr.spro.label.structure.Territory;
import fr.spro.label.support.IntegrationTest;
import fr.spro.label.support.StructureFixture;
import fr.spro.label.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.application.name=registry-tests")
class CreateUserCommandTests {

    static final String PASSWORD = "a-long-enough-password";

    @Autowired UserAccounts accounts;
    @Autowired Structures structures;
    @Autowired Directory directory;
    @Autowired PasswordEncoder encoder;
    @Autowired Journal journal;
    @Autowired Clock clock;

    CreateUserCommand command;

    @BeforeEach
    void command() {
        command = new CreateUserCommand(accounts, directory, encoder, journal, clock,
                Map.of(CreateUserCommand.PASSWORD_VARIABLE, PASSWORD)::get);
        structures.save(StructureFixture.member("ML-CREATE", "Mission locale de test", "21000", "Dijon",
                Territory.DIJON_BEAUNE, Network.MISSION_LOCALE));
    }

    static DefaultApplicationArguments args(String... values) {
        return new DefaultApplicationArguments(values);
    }

    @Test
    void createsAnAccountWithTheHashOfThePasswordFromTheEnvironment() {
        assertThat(command.run(args("--username=officer.create", "--role=OFFICER"))).isZero();
        UserAccount account = accounts.findByUsername("officer.create").orElseThrow();
        assertThat(account.role()).isEqualTo(Role.OFFICER);
        assertThat(account.structureId()).isNull();
        assertThat(account.passwordHash()).startsWith("{bcrypt}");
        assertThat(encoder.matches(PASSWORD, account.passwordHash())).isTrue();
        assertThat(journal.latest("USER_CREATED", 20)).anySatisfy(e -> assertThat(e.subject()).isEqualTo("officer.create"));
    }

    @Test
    void updatesAnExistingAccountInPlace() {
        command.run(args("--username=update.me", "--role=CREFOP"));
        UserAccount before = accounts.findByUsername("update.me").orElseThrow();
        command.run(args("--username=update.me", "--role=STRUCTURE", "--structure=ML-CREATE"));
        UserAccount after = accounts.findByUsername("update.me").orElseThrow();
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.createdAt()).isEqualTo(before.createdAt());
        assertThat(after.role()).isEqualTo(Role.STRUCTURE);
        assertThat(after.structureId()).isEqualTo("ML-CREATE");
        assertThat(journal.latest("USER_UPDATED", 20)).anySatisfy(e -> {
            assertThat(e.before()).isEqualTo("CREFOP");
            assertThat(e.after()).isEqualTo("STRUCTURE ML-CREATE");
        });
    }

    @Test
    void aStructureAccountNeedsAnExistingStructure() {
        assertThatThrownBy(() -> command.run(args("--username=no.structure", "--role=STRUCTURE")))
                .isInstanceOf(CommandException.class).hasMessageContaining("--structure=ID");
        assertThatThrownBy(() -> command.run(args("--username=no.structure", "--role=STRUCTURE", "--structure=NOWHERE")))
                .isInstanceOf(CommandException.class).hasMessageContaining("Structure inconnue « NOWHERE »");
        assertThatThrownBy(() -> command.run(args("--username=no.structure", "--role=OFFICER", "--structure=ML-CREATE")))
                .isInstanceOf(CommandException.class).hasMessageContaining("qu'avec le rôle STRUCTURE");
        assertThat(accounts.findByUsername("no.structure")).isEmpty();
    }

    @Test
    void refusesAPasswordOnTheCommandLineAMissingOrShortOneAndUnknownRoles() {
        assertThatThrownBy(() -> command.run(args("--username=pw.cli", "--role=ADMIN", "--password=secret-on-the-line")))
                .isInstanceOf(CommandException.class).hasMessageContaining("TO_PASSWORD");
        CreateUserCommand withoutPassword = new CreateUserCommand(accounts, directory, encoder, journal, clock, name -> null);
        assertThatThrownBy(() -> withoutPassword.run(args("--username=pw.none", "--role=ADMIN")))
                .isInstanceOf(CommandException.class).hasMessageContaining("TO_PASSWORD");
        CreateUserCommand shortPassword = new CreateUserCommand(accounts, directory, encoder, journal, clock, name -> "short");
        assertThatThrownBy(() -> shortPassword.run(args("--username=pw.short", "--role=ADMIN")))
                .isInstanceOf(CommandException.class).hasMessageContaining("au moins 12");
        assertThatThrownBy(() -> command.run(args("--username=pw.role", "--role=ROOT")))
                .isInstanceOf(CommandException.class).hasMessageContaining("Rôle inconnu « ROOT »");
        assertThatThrownBy(() -> command.run(args("--username=a b", "--role=ADMIN")))
                .isInstanceOf(CommandException.class).hasMessageContaining("Identifiant invalide");
        assertThat(accounts.findAll()).extracting(UserAccount::username).noneMatch(u -> u.startsWith("pw."));
    }

    /** The verb as an administrator runs it: its own JVM, no web server, the password in the environment. */
    @Test
    void theExecutableCreatesTheAccountFromTheEnvironmentVariable() throws Exception {
        String database = "cli_create_user_" + System.nanoTime();
        ProcessBuilder process = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-cp", System.getProperty("java.class.path"), "fr.spro.label.TerritoireOrientationApplication",
                "create-user", "--username=cli.admin", "--role=ADMIN",
                "--spring.mongodb.uri=" + TestDatabase.connectionString(), "--spring.mongodb.database=" + database)
                .redirectErrorStream(true);
        process.environment().put(CreateUserCommand.PASSWORD_VARIABLE, PASSWORD);
        Process running = process.start();
        byte[] output = running.getInputStream().readAllBytes();
        assertThat(running.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(running.exitValue()).as(new String(output, StandardCharsets.UTF_8)).isZero();
        assertThat(new String(output, StandardCharsets.UTF_8)).contains("Compte créé : cli.admin (ADMIN)")
                .doesNotContain(PASSWORD);

        try (var client = com.mongodb.client.MongoClients.create(TestDatabase.connectionString())) {
            MongoTemplate other = new MongoTemplate(client, database);
            org.bson.Document stored = other.findOne(Query.query(Criteria.where("username").is("cli.admin")), org.bson.Document.class, "users");
            assertThat(stored).isNotNull();
            assertThat(encoder.matches(PASSWORD, stored.getString("passwordHash"))).isTrue();
        }
    }
}
