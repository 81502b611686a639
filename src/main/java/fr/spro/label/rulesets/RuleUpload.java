package fr.spro.label.rulesets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import fr.spro.label.evaluation.RuleSetException;
import fr.spro.label.evaluation.RuleSetException.Problem;
import fr.spro.label.referential.Catalogue;
import fr.spro.label.referential.Parameters;

/**
 * Turns what an administrator uploaded — a zip of the rule folder, or the rule files themselves — into
 * rule files (name to text), or refuses it with every problem found: a file that is not a rule file,
 * too large, not UTF-8 text, empty, named twice, a zip that cannot be read or that holds too much.
 * Reads nothing but the bytes given; compiling is the rule engine's job.
 */
final class RuleUpload {

    /** One uploaded file as the browser sent it. */
    record Part(String fileName, byte[] content) {
    }

    /** Where the problems of the upload as a whole are reported. */
    static final String UPLOAD = "(envoi)";
    /** The files a rule set is made of, as the refusals name them. */
    private static final String RULE_FILES = ".drl, " + Catalogue.CRITERIA_FILE + ", " + Catalogue.PROPERTIES_FILE + " et " + Parameters.FILE;
    private static final Pattern DRL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*\\.drl");
    /** Found in any zip of the rule folder, never part of a rule set: left out without a word. */
    private static final Pattern IGNORED_IN_ZIP = Pattern.compile("(?i)(.*/)?(readme(\\.md|\\.txt)?|\\.ds_store)|__macosx/.*");

    private final long maxFileSize;
    private final long maxUploadSize;
    private final int maxFiles;

    RuleUpload(RuleSetsProperties limits) {
        this(limits.maxFileSize().toBytes(), limits.maxUploadSize().toBytes(), limits.maxFiles());
    }

    RuleUpload(long maxFileSize, long maxUploadSize, int maxFiles) {
        this.maxFileSize = maxFileSize;
        this.maxUploadSize = maxUploadSize;
        this.maxFiles = maxFiles;
    }

    /**
     * The rule files of the upload, by name.
     *
     * @throws RuleSetException listing every problem, each with its file (and line for bad text)
     */
    Map<String, String> read(List<Part> parts) {
        List<Part> sent = parts.stream().filter(p -> p.fileName() != null && !p.fileName().isBlank()).toList();
        List<Problem> problems = new ArrayList<>();
        if (sent.isEmpty()) {
            throw new RuleSetException(UPLOAD, 0, "aucun fichier envoyé : choisissez le dossier de règles zippé ou les fichiers "
                    + RULE_FILES);
        }
        long total = sent.stream().mapToLong(p -> p.content().length).sum();
        if (total > maxUploadSize) {
            throw new RuleSetException(UPLOAD, 0, "envoi de " + size(total) + " : " + size(maxUploadSize) + " au plus");
        }
        List<Part> files = sent;
        boolean zip = sent.stream().anyMatch(p -> baseName(p.fileName()).toLowerCase(Locale.ROOT).endsWith(".zip"));
        if (zip) {
            if (sent.size() > 1) {
                throw new RuleSetException(UPLOAD, 0, "une archive zip s'envoie seule, sans autre fichier");
            }
            files = unzip(sent.get(0), problems);
        }
        if (files.size() > maxFiles) {
            problems.add(new Problem(UPLOAD, 0, files.size() + " fichiers : " + maxFiles + " au plus"));
        }
        Map<String, String> rules = new TreeMap<>();
        for (Part file : files) {
            String name = baseName(file.fileName());
            String text = check(name, file.content(), problems);
            if (text != null && rules.putIfAbsent(name, text) != null) {
                problems.add(new Problem(name, 0, "fichier présent deux fois"));
            }
        }
        if (problems.isEmpty() && rules.keySet().stream().noneMatch(n -> n.endsWith(".drl"))) {
            problems.add(new Problem(UPLOAD, 0, "aucun fichier .drl : les fichiers .drl envoyés remplacent tous ceux en vigueur, "
                    + "envoyez-les tous (ou le dossier de règles zippé)"));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return rules;
    }

    /** The text of one file, or {@code null} with the reason added to the problems. */
    private String check(String name, byte[] content, List<Problem> problems) {
        if (!isRuleFile(name)) {
            problems.add(new Problem(name, 0, "fichier refusé : seuls les fichiers " + RULE_FILES + " forment un jeu de règles"));
            return null;
        }
        if (content.length == 0) {
            problems.add(new Problem(name, 0, "fichier vide"));
            return null;
        }
        if (content.length > maxFileSize) {
            problems.add(new Problem(name, 0, "fichier de " + size(content.length) + " : " + size(maxFileSize) + " au plus"));
            return null;
        }
        return utf8Text(name, content, problems);
    }

    static boolean isRuleFile(String name) {
        return DRL_NAME.matcher(name).matches() || name.equals(Catalogue.CRITERIA_FILE) || name.equals(Catalogue.PROPERTIES_FILE)
                || name.equals(Parameters.FILE);
    }

    /** Strict UTF-8, without NUL characters (a binary file), the byte-order mark dropped. */
    private static String utf8Text(String name, byte[] content, List<Problem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            problems.add(new Problem(name, lineAt(content, in.position()), "le fichier n'est pas du texte UTF-8 "
                    + "(enregistrez-le en UTF-8 depuis votre éditeur)"));
            return null;
        }
        decoder.flush(out);
        String text = out.flip().toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            problems.add(new Problem(name, lineOf(text, nul), "le fichier contient des caractères binaires : ce n'est pas un fichier texte"));
            return null;
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private List<Part> unzip(Part archive, List<Problem> problems) {
        String zipName = baseName(archive.fileName());
        byte[] bytes = archive.content();
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            problems.add(new Problem(zipName, 0, "ce fichier n'est pas une archive zip"));
            return List.of();
        }
        List<Part> files = new ArrayList<>();
        long unzipped = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive.content()), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > maxFiles * 2) {
                    problems.add(new Problem(zipName, 0, "l'archive contient trop d'éléments (" + maxFiles + " fichiers au plus)"));
                    return List.of();
                }
                String path = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || IGNORED_IN_ZIP.matcher(path).matches()) {
                    continue;
                }
                if (path.startsWith("/") || List.of(path.split("/")).contains("..")) {
                    problems.add(new Problem(zipName, 0, "chemin refusé dans l'archive : « " + path + " »"));
                    continue;
                }
                byte[] content = readAtMost(zip, maxFileSize + 1);
                if (content.length > maxFileSize) {
                    // Stop here: moving to the next entry would inflate the rest of this one, whatever its size.
                    problems.add(new Problem(baseName(path), 0, "fichier de plus de " + size(maxFileSize) + " une fois décompressé"));
                    return List.of();
                }
                unzipped += content.length;
                if (unzipped > maxUploadSize) {
                    problems.add(new Problem(zipName, 0, "plus de " + size(maxUploadSize) + " une fois décompressée"));
                    return List.of();
                }
                files.add(new Part(path, content));
            }
        } catch (ZipException | IllegalArgumentException unreadable) {
            problems.add(new Problem(zipName, 0, "archive zip illisible : " + unreadable.getMessage()));
            return List.of();
        } catch (IOException unreadable) {
            problems.add(new Problem(zipName, 0, "archive zip illisible"));
            return List.of();
        }
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(zipName, 0, "l'archive ne contient aucun fichier de règles"));
        }
        return files;
    }

    /** Reads up to {@code limit} bytes: a zip entry may claim any size, so it is never trusted. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while (out.size() < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - out.size()))) > 0) {
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** The file's own name: browsers may send a path, zips hold the folder's. */
    static String baseName(String path) {
        String name = path.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static int lineAt(byte[] content, int position) {
        int line = 1;
        for (int i = 0; i < position && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineOf(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.FRANCE, "%.1f Mo", bytes / (1024.0 * 1024))
                : String.format(Locale.FRANCE, "%d Ko", Math.max(1, (bytes + 1023) / 1024));
    }
}
