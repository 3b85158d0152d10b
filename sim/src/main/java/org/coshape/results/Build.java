package org.coshape.results;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The coshape build that wrote a results folder, as its manifest records it. Runs of one sweep
 * must come from one build: another build may give other results for the same seed, so a resume
 * or a merge that mixed builds would make a table no single program can reproduce.
 *
 * @param version the coshape version
 * @param commit  the commit it was built from, or null when unknown
 */
public record Build(String version, String commit) {

    /** This process's build. */
    public static Build current() {
        return new Build(Manifest.version(), BuildCommit.ofThisBuild().commit());
    }

    /** The build recorded in a manifest (an absent version reads as unknown, "?"). */
    public static Build of(JsonNode manifest) {
        JsonNode c = manifest.path("git_commit");
        return new Build(manifest.path("coshape_version").asText("?"), c.isTextual() ? c.asText() : null);
    }

    /** Whether the two could compute different results: other versions, or two known commits that differ. */
    public boolean mayDifferFrom(Build other) {
        return !version.equals(other.version) || (commit != null && other.commit != null && !commit.equals(other.commit));
    }

    @Override
    public String toString() {
        return "coshape " + version + (commit == null ? "" : " at commit " + commit.substring(0, Math.min(12, commit.length())));
    }
}
