package org.coshape.results;

/**
 * A person-level sink that streams one table ({@link StreamedTable}) as runs produce it and
 * publishes it with {@link #commit()} once every run succeeded; {@link #close()} removes what a
 * failed command left.
 */
public abstract class StreamedSink implements PeopleSink, AutoCloseable {
    /** The table being written. */
    protected final StreamedTable table;

    protected StreamedSink(StreamedTable table) {
        this.table = table;
    }

    /** Publishes the file (call after every run succeeded). */
    public void commit() {
        table.commit();
    }

    @Override
    public void close() {
        table.close();
    }
}
