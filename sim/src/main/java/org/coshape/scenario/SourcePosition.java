package org.coshape.scenario;

/**
 * Where a scenario value came from: a file with line and column, a {@code --set} override, or a
 * built-in default. Every error message about a scenario names one, so users can find the
 * offending text without reading a stack trace.
 */
public record SourcePosition(String source, int line, int column) {

    /** The position of values that nobody wrote: the documented defaults. */
    public static final SourcePosition DEFAULT = new SourcePosition("(default)", 0, 0);

    public static SourcePosition override(String text) {
        return new SourcePosition("--set " + text, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ":" + column : source;
    }
}
