package org.coshape.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words a researcher reads: the file and the reason ("no such
 * file or folder", "No space left on device"), never Java's exception class names, which say
 * nothing to someone who did not write the code.
 */
public final class IoProblems {
    private IoProblems() {}

    /** The file (where known) and the reason of {@code e}. */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String other = f.getOtherFile() == null ? "" : " -> " + f.getOtherFile();
            return f.getFile() + other + ": " + why(e);
        }
        return why(e);
    }

    /** The reason of {@code e} alone, for a message that already names the file. */
    public static String why(IOException e) {
        if (e instanceof FileSystemException f) {
            return f.getReason() != null ? f.getReason() : kind(f);
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }

    /**
     * The message of an unchecked I/O failure: the context its thrower gave, or else the reason of
     * its cause (the default message of an {@link UncheckedIOException} is the cause's class name
     * and message).
     */
    public static String describe(UncheckedIOException u) {
        IOException cause = u.getCause();
        String m = u.getMessage();
        return m == null || m.equals(String.valueOf(cause)) ? reason(cause) : m;
    }

    private static String kind(FileSystemException f) {
        if (f instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (f instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (f instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (f instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (f instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        return "file system error";
    }
}
