package org.coshape.results;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The git commit this coshape was built from, recorded into the jar at build time (Maven's
 * git-commit-id plugin writes {@value #RESOURCE}), so that a manifest names the code that made its
 * results wherever the jar runs, not the commit of whatever folder it was started in.
 *
 * @param commit the full commit hash, or null when the build had no git checkout
 * @param dirty  whether the checkout had changes not committed when it was built, or null when unknown
 */
public record BuildCommit(String commit, Boolean dirty) {
    static final String RESOURCE = "/org/coshape/build-commit.properties";

    /** The build's commit as recorded in the jar (or the build's classes folder). */
    public static BuildCommit ofThisBuild() {
        try (InputStream in = BuildCommit.class.getResourceAsStream(RESOURCE)) {
            return in == null ? new BuildCommit(null, null) : parse(in);
        } catch (IOException e) {
            return new BuildCommit(null, null);
        }
    }

    static BuildCommit parse(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        String id = p.getProperty("git.commit.id.full");
        String dirty = p.getProperty("git.dirty");
        boolean known = id != null && id.matches("[0-9a-f]{40}");
        return new BuildCommit(known ? id : null, (known && dirty != null) ? Boolean.valueOf(dirty) : null);
    }
}
