package org.coshape.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a results folder for as long as a command writes to it, so that a second
 * {@code sweep} or {@code compare} (a resume started while the first still runs, say) is refused
 * instead of running the same runs again and appending to the same journal, and a second
 * {@code run} instead of leaving one run's summary beside the other's time series. The operating system
 * drops the lock when the process ends, however it ends, so a killed sweep leaves none behind.
 */
public final class FolderLock implements AutoCloseable {
    /** The (empty) file the lock is taken on; the folder itself cannot be opened for locking. */
    public static final String FILE = ".coshape.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code dir} (an existing folder), or refuses as bad input when another
     * process, or another batch in this one, holds it.
     */
    public static FolderLock acquire(Path dir) {
        Path file = dir.resolve(FILE);
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new BadInput(dir + ": cannot lock the folder (" + IoProblems.why(e) + ")");
        }
        FileLock l = null;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null; // held by this JVM
        } catch (IOException e) {
            closeQuietly(ch);
            throw new BadInput(dir + ": cannot lock the folder (" + IoProblems.why(e) + ")");
        }
        if (l == null) {
            closeQuietly(ch);
            throw new BadInput(dir + ": another coshape process is writing to this folder; wait for it to"
                    + " end or choose another --out");
        }
        return new FolderLock(ch, l);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel's close below drops the lock as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // nothing is written through this channel
        }
    }
}
