package fr.spro.label.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** French first, English second: both message files hold the same keys, and templates use only those. */
class MessagesTests {

    static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

    static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource("messages/" + file).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void frenchAndEnglishHoldTheSameKeys() throws IOException {
        assertThat(keys("messages_en.properties")).isEqualTo(keys("messages.properties"));
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> known = keys("messages.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher keys = STATIC_KEY.matcher(Files.readString(template));
                while (keys.find()) {
                    used.add(keys.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
    }

    @Test
    void everyEnumShownOnAPageHasItsLabel() throws IOException {
        Set<String> known = keys("messages.properties");
        for (Enum<?> value : fr.spro.label.structure.Network.values()) {
            assertThat(known).contains("network." + value.name());
        }
        for (Enum<?> value : fr.spro.label.structure.Territory.values()) {
            assertThat(known).contains("territory." + value.name());
        }
    }
}
