package fr.spro.label.demo;

import java.io.IOException;
import java.nio.file.Path;

/** Test access to the synthetic data set of the {@code generate} command. */
public final class GeneratedData {

    private GeneratedData() {
    }

    /** Writes a valid, seeded data set of {@code structures} structures into {@code dir}. */
    public static Path write(int structures, int campaign, long seed, Path dir) throws IOException {
        new SyntheticDataSet(structures, campaign, seed).writeTo(dir);
        return dir;
    }
}
