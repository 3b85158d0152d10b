package org.coshape.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** File faults are told by file and reason, without Java's class names. */
class IoProblemsTest {

    @Test
    void eachFaultIsItsFileAndAReasonInWords() {
        assertEquals("/r/a.csv: no such file or folder", IoProblems.reason(new NoSuchFileException("/r/a.csv")));
        assertEquals("permission denied", IoProblems.why(new AccessDeniedException("/r")));
        assertEquals(
                "/r/t.csv: No space left on device",
                IoProblems.reason(new FileSystemException("/r/t.csv", null, "No space left on device")));
        assertEquals("not UTF-8 text", IoProblems.reason(new MalformedInputException(1)));
        assertEquals("input/output error", IoProblems.reason(new IOException()));
    }

    @Test
    void anUncheckedFaultKeepsItsThrowersContextOrElseItsCausesReason() {
        NoSuchFileException cause = new NoSuchFileException("/r/a.csv");
        assertEquals("/r/a.csv: no such file or folder", IoProblems.describe(new UncheckedIOException(cause)));
        assertEquals("cannot write /r", IoProblems.describe(new UncheckedIOException("cannot write /r", cause)));
    }
}
