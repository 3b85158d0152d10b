package org.coshape.results;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The coshape build that wrote a results folder, as its manifest records it. Runs of one sweep
 * must come from one build: another build may give other results for the same seed, so a resume
 * or a merge that mixed builds would make a table no single program can reproduce.
 *
 * @param version the coshape version
 * @param commit  the commit it was built from, or null when unknown
 * @param dirty   whether the build had changes not committed, or null when unknown
 * @param code    the {@link CodeFingerprint} of its classes, or null when unknown (older manifests)
 */
public record Build(String version, String commit, Boolean dirty, String code) {

    /** This process's build. */
    public static Build current() {
        BuildCommit c = BuildCommit.ofThisBuild();
        return new Build(Manifest.version(), c.commit(), c.dirty(), CodeFingerprint.ofThisBuild());
    }

    /** The build recorded in a manifest (an absent version reads as unknown, "?"). */
    public static Build of(JsonNode manifest) {
        JsonNode c = manifest.path("git_commit");
        JsonNode d = manifest.path("git_dirty");
        JsonNode f = manifest.path("code_sha256");
        return new Build(
                manifest.path("coshape_version").asText("?"),
                c.isTextual() ? c.asText() : null,
                d.isBoolean() ? d.asBoolean() : null,
                f.isTextual() ? f.asText() : null);
    }

    /**
     * Whether the two could compute different results: other versions, two known commits that
     * differ, or, where a commit does not pin the code (changes not committed, or no commit
     * known), two known fingerprints that differ. Two clean builds of one commit count as one
     * build even when their class files differ (another compiler gives other bytes, not other
     * results).
     */
    public boolean mayDifferFrom(Build other) {
        if (!version.equals(other.version)) {
            return true;
        }
        if (commit != null && other.commit != null && !commit.equals(other.commit)) {
            return true;
        }
        boolean pinned = commit != null
                && other.commit != null
                && Boolean.FALSE.equals(dirty)
                && Boolean.FALSE.equals(other.dirty);
        return !pinned && code != null && other.code != null && !code.equals(other.code);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("coshape ").append(version);
        if (commit != null) {
            s.append(" at commit ").append(commit, 0, Math.min(12, commit.length()));
            if (Boolean.TRUE.equals(dirty)) {
                s.append(" plus changes not committed");
            }
        }
        if (code != null && (commit == null || !Boolean.FALSE.equals(dirty))) {
            s.append(" (code ").append(code, 0, Math.min(12, code.length())).append(')');
        }
        return s.toString();
    }
}
