package org.coshape.io;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256, which names what coshape must recognise again: a resolved scenario, a build's classes,
 * a chart's content. One place for the checked exception every Java platform rules out.
 */
public final class Sha256 {
    private Sha256() {}

    /** A fresh SHA-256 digest. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
