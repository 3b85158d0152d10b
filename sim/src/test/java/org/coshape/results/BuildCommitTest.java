package org.coshape.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BuildCommitTest {
    private static BuildCommit parse(String properties) throws Exception {
        return BuildCommit.parse(new ByteArrayInputStream(properties.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void readsTheCommitAndWhetherTheCheckoutHadChanges() throws Exception {
        String id = "461266392eccc84fdf0f0c20e8f60c36e0784910";
        assertEquals(new BuildCommit(id, false), parse("git.commit.id.full=" + id + "\ngit.dirty=false\n"));
        assertEquals(new BuildCommit(id, true), parse("#Generated\ngit.commit.id.full=" + id + "\ngit.dirty=true\n"));
        assertEquals(new BuildCommit(id, null), parse("git.commit.id.full=" + id + "\n"));
    }

    @Test
    void aBuildWithoutGitNamesNoCommit() throws Exception {
        assertEquals(new BuildCommit(null, null), parse(""));
        // the plugin leaves its placeholders when it cannot read the repository
        assertEquals(new BuildCommit(null, null), parse("git.commit.id.full=${git.commit.id.full}\ngit.dirty=true\n"));
        assertNull(parse("git.commit.id.full=abc\n").commit());
    }
}
