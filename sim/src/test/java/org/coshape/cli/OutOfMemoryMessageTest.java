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

    @Command(name = "exhausts")
    static final class Exhausts implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Command(name = "exhausts-silently")
    static final class ExhaustsSilently implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError();
        }
    }

    @Test
    void anOutOfMemoryErrorWithoutAMessageStillSaysWhatHappened() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ExhaustsSilently());
        cl.setErr(new PrintWriter(err));
        assertEquals(CoshapeCli.FAILURE, CoshapeCli.execute(cl));
        assertTrue(err.toString().startsWith("coshape: failed while running: out of memory (heap exhausted, "),
                err.toString());
    }

    @Test
    void outOfMemoryIsOneMessageAndExitCodeOne() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Exhausts());
        cl.setErr(new PrintWriter(err));
        assertEquals(CoshapeCli.FAILURE, CoshapeCli.execute(cl));
        String message = err.toString().trim();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("coshape: failed while running: out of memory (Java heap space, maximum heap "),
                message);
        assertTrue(message.contains("-Xmx"), message);
    }
}
