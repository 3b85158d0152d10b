package org.coshape.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Results folders on disk. */
public final class Folders {
    private Folders() {}

    /** Makes {@code out} and its parents, or says, as bad input, why it cannot. */
    public static void make(Path out) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new BadInput("--out " + out + ": cannot make the folder (" + IoProblems.reason(e) + ")");
        }
    }
}
