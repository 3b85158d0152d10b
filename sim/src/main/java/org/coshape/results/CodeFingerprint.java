package org.coshape.results;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.coshape.io.Sha256;

/**
 * A SHA-256 of coshape's own compiled classes, so that a manifest names the code that ran even
 * when the commit cannot: a build with changes not committed, or one made outside a git checkout,
 * has no commit that tells two such builds apart. Dependencies are left out; they come with the
 * version.
 */
public final class CodeFingerprint {
    private static final String PACKAGE = "org/coshape/";

    private CodeFingerprint() {}

    /** This process's fingerprint, or null when its classes cannot be read (computed once). */
    public static String ofThisBuild() {
        return Holder.VALUE;
    }

    private static final class Holder {
        static final String VALUE = compute();

        private static String compute() {
            try {
                Path source = Path.of(CodeFingerprint.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI());
                return Files.isDirectory(source) ? ofFolder(source) : ofJar(source);
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return null;
            }
        }
    }

    /** The fingerprint of the classes under {@code org/coshape/} in a classes folder. */
    static String ofFolder(Path root) throws IOException {
        TreeMap<String, Path> classes = new TreeMap<>();
        Path pkg = root.resolve(PACKAGE);
        if (Files.isDirectory(pkg)) {
            try (Stream<Path> s = Files.walk(pkg)) {
                s.filter(p -> p.toString().endsWith(".class"))
                        .forEach(p -> classes.put(root.relativize(p).toString().replace('\\', '/'), p));
            }
        }
        MessageDigest sha = Sha256.digest();
        for (var e : classes.entrySet()) {
            add(sha, e.getKey(), Files.readAllBytes(e.getValue()));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The fingerprint of the classes under {@code org/coshape/} in a jar. */
    static String ofJar(Path jar) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            TreeMap<String, JarEntry> classes = new TreeMap<>();
            j.stream()
                    .filter(e -> e.getName().startsWith(PACKAGE) && e.getName().endsWith(".class"))
                    .forEach(e -> classes.put(e.getName(), e));
            MessageDigest sha = Sha256.digest();
            for (var e : classes.entrySet()) {
                try (InputStream in = j.getInputStream(e.getValue())) {
                    add(sha, e.getKey(), in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        }
    }

    /** Name, length and bytes: no two different sets of classes give the same input. */
    private static void add(MessageDigest sha, String name, byte[] bytes) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Long.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(bytes);
    }
}
