package org.coshape.scenario;

import org.coshape.io.BadInput;

/**
 * Bad input in a scenario: a file, an override, or a value in them. Its message names the place
 * (file, line, column) and the key path; the command line prints it and exits 2.
 */
public final class ScenarioException extends BadInput {
    private static final long serialVersionUID = 1L;
    private final String keyPath;
    private final String problem;

    public ScenarioException(String message) {
        this(message, null, null);
    }

    private ScenarioException(String message, String keyPath, String problem) {
        super(message);
        this.keyPath = keyPath;
        this.problem = problem;
    }

    public static ScenarioException at(SourcePosition where, String keyPath, String problem) {
        String key = keyPath == null || keyPath.isEmpty() ? "" : " " + keyPath + ":";
        return new ScenarioException(where + ":" + key + " " + problem, keyPath, problem);
    }

    /**
     * The dotted key path the message is about, or null when it names none: lets a command that
     * wrote the scenario itself from its options ({@code bench}) name the option instead.
     */
    public String keyPath() {
        return keyPath;
    }

    /** The message without its place and key, or null when the exception was made from a whole message. */
    public String problem() {
        return problem;
    }
}
