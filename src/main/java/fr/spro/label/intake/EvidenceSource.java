package fr.spro.label.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the evidence files named in self-assessment rows come from: the folder of the imported
 * file for an inbox, nothing for an upload of a single file (only https links are possible then).
 */
@FunctionalInterface
public interface EvidenceSource {

    /** The file of that plain name (no folder part), or empty when there is none. */
    Optional<EvidenceFile> find(String fileName);

    /** A candidate evidence file: its size is known before its bytes are read. */
    interface EvidenceFile {

        long size();

        byte[] read() throws IOException;
    }

    /** No file beside the import (an upload through the API). */
    static EvidenceSource none() {
        return fileName -> Optional.empty();
    }

    /** Regular files directly inside {@code folder}; symbolic links and sub-folders are not followed. */
    static EvidenceSource directory(Path folder) {
        Path base = folder.toAbsolutePath().normalize();
        return fileName -> {
            Path candidate = base.resolve(fileName).normalize();
            if (!base.equals(candidate.getParent()) || !Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            return Optional.of(new EvidenceFile() {
                @Override
                public long size() {
                    try {
                        return Files.size(candidate);
                    } catch (IOException e) {
                        return -1;
                    }
                }

                @Override
                public byte[] read() throws IOException {
                    return Files.readAllBytes(candidate);
                }
            });
        };
    }
}
