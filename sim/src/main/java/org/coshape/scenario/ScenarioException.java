package org.coshape.scenario;

/**
 * Bad user input: a scenario file, an override, or a CSV it points to. Carries one message that
 * names the place (file, line, column) and the key path; the command line prints it and exits 2.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScenarioException(String message) {
        super(message);
    }

    public static ScenarioException at(SourcePosition where, String keyPath, String problem) {
        String key = keyPath == null || keyPath.isEmpty() ? "" : " " + keyPath + ":";
        return new ScenarioException(where + ":" + key + " " + problem);
    }
}
