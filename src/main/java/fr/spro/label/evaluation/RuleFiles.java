package fr.spro.label.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import fr.spro.label.referential.Catalogue;
import fr.spro.label.referential.Parameters;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads a rule set's files (every {@code .drl}, {@code criteria.csv}, {@code referential.properties},
 * {@code parameters.csv})
 * from the rules bundled in the application, or from a folder given with {@code --rules-dir}.
 * Other files (the README) are left out.
 */
final class RuleFiles {

    static final String BUNDLED = "classpath:rules/";

    private RuleFiles() {
    }

    static Map<String, String> bundled() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(RuleFiles.class.getClassLoader());
        Map<String, String> files = new TreeMap<>();
        try {
            for (Resource resource : resolver.getResources(BUNDLED + "*")) {
                String name = resource.getFilename();
                if (name != null && isRuleSetFile(name)) {
                    try (InputStream in = resource.getInputStream()) {
                        files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("règles intégrées illisibles (" + BUNDLED + ")", e);
        }
        return files;
    }

    static Map<String, String> fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new RuleSetException(directory.toString(), 0, "dossier de règles introuvable");
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path file : entries.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (isRuleSetFile(name)) {
                    files.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new RuleSetException(directory.toString(), 0, "dossier de règles illisible : " + e.getMessage());
        }
        return files;
    }

    static boolean isRuleSetFile(String name) {
        return name.endsWith(".drl") || name.equals(Catalogue.CRITERIA_FILE) || name.equals(Catalogue.PROPERTIES_FILE)
                || name.equals(Parameters.FILE);
    }
}
