package org.coshape.io;

/**
 * Results could not be written (the disk is full, the folder became read-only): the command
 * stops computing runs it could not keep and ends with exit code 1 and this one message. What
 * was written before is intact, and {@code --resume} finishes the rest once the cause is fixed.
 */
public final class WriteFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WriteFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
