package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A command that runs out of heap ends like any other failure while running: one line on
 * standard error and exit code 1, not an Error's stack trace (picocli's handler sees exceptions
 * only, so the entry point catches it).
 */
class OutOfMemoryMessageTest {

    /** A command that throws {@code error}. */
    @Command(name = "exhausts")
    static final class Exhausts implements Callable<Integer> {
        private final OutOfMemoryError error;

        Exhausts(OutOfMemoryError error) {
            this.error = error;
        }

        @Override
        public Integer call() {
            throw error;
        }
    }

    /** Standard error of a command line that runs out of memory with {@code error}; checks exit code 1. */
    private static String messageOf(OutOfMemoryError error) {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Exhausts(error));
        cl.setErr(new PrintWriter(err));
        assertEquals(CoshapeCli.FAILURE, CoshapeCli.execute(cl));
        return err.toString().trim();
    }

    @Test
    void anOutOfMemoryErrorWithoutAMessageStillSaysWhatHappened() {
        String message = messageOf(new OutOfMemoryError());
        assertTrue(message.startsWith("coshape: failed while running: out of memory (heap exhausted, "), message);
    }

    @Test
    void outOfMemoryIsOneMessageAndExitCodeOne() {
        String message = messageOf(new OutOfMemoryError("Java heap space"));
        assertEquals(1, message.lines().count(), message);
        assertTrue(
                message.startsWith("coshape: failed while running: out of memory (Java heap space, maximum heap "),
                message);
        assertTrue(message.contains("-Xmx"), message);
    }
}
