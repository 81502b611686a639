package fr.spro.label.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import fr.spro.label.referential.Parameters;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;

/**
 * Rule sets as officers upload them: the bundled {@code rules/} folder, a draft of it that raises
 * the ACC-03 threshold from 24 h to 30 h a week (referential 2025.2), one that does not compile,
 * and zips of them as the rule folder is zipped (with its README).
 */
public final class RuleSetFixtures {

    /** The version of the draft that raises the ACC-03 threshold. */
    public static final String RAISED_VERSION = "2025.2";
    /** A line of {@link #broken()}'s {@code acc.drl} where Drools finds the syntax error. */
    public static final String BROKEN_FILE = "acc.drl";

    private RuleSetFixtures() {
    }

    /** The files of the top-level {@code rules/} folder that make a rule set (README left out). */
    public static Map<String, String> bundled() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(Path.of("rules"))) {
            for (Path file : entries.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".drl") || name.equals("criteria.csv") || name.equals("referential.properties")
                        || name.equals(Parameters.FILE)) {
                    files.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * The bundled rules with ACC-03 conforming from 30 h a week instead of 24 h, as referential
     * 2025.2: a structure open 28 h becomes a minor non-conformity, one open 35 h stays conforme
     * with another explanation.
     */
    public static Map<String, String> raisedOpeningHours() {
        Map<String, String> files = bundled();
        Parameters.Changed raised = Parameters.parse(files.get(Parameters.FILE))
                .with(Map.of("ACC-03.heures-conforme", new BigDecimal("30")));
        if (!raised.refused().isEmpty()) {
            throw new IllegalStateException("parameters.csv changed: " + raised.refused());
        }
        files.put(Parameters.FILE, raised.parameters().toCsv());
        files.put("referential.properties", files.get("referential.properties").replace("version=2025.1", "version=" + RAISED_VERSION));
        return files;
    }

    /** The bundled rules with a syntax error in {@code acc.drl} (a rule without {@code then}). */
    public static Map<String, String> broken() {
        Map<String, String> files = bundled();
        files.put(BROKEN_FILE, files.get(BROKEN_FILE).replaceFirst("\nthen\n", "\n"));
        return files;
    }

    /** The files zipped as an officer zips the rule folder: under {@code rules/}, with the README. */
    public static byte[] zipOfFolder(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("rules/"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("rules/README.md"));
            zip.write("# Règles\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry("rules/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A Mission locale, member, that meets every criterion of 2025: to be changed one figure at a time. */
    public static RequestBuilder conformingMember(String structureId) {
        return new RequestBuilder(structureId, Membership.MEMBER, Network.MISSION_LOCALE);
    }
}
