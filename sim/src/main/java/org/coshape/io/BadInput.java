package org.coshape.io;

/**
 * Bad input of any kind: a scenario file or override, a command-line option, a CSV, a results
 * folder damaged or in use. Carries one message that names the place and what is wrong; the
 * command line prints it alone (no stack trace) and exits 2, having written nothing.
 */
public class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInput(String message) {
        super(message);
    }
}
