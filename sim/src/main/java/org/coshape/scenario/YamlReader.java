package org.coshape.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coshape.io.IoProblems;

/**
 * Reads YAML (and therefore JSON) text into a {@link YamlNode} tree, recording the line and
 * column of every key and value. Malformed text, binary files and duplicate keys become one
 * {@link ScenarioException} naming the file and position.
 */
public final class YamlReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlReader() {}

    /** The largest scenario file read: scenarios are short texts, and a device or FIFO never ends. */
    static final long MAX_BYTES = 16L << 20;

    public static YamlNode readFile(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(file + ": a folder, not a scenario file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ScenarioException(
                        file + ": not a regular file (a device or pipe); a scenario is a YAML file");
            }
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                throw new ScenarioException(file + ": " + Files.size(file) + " bytes; a scenario is a short YAML file"
                        + " (at most " + (MAX_BYTES >> 20) + " MiB)");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file + ": file not found");
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot read (" + IoProblems.why(e) + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(file + ": not a text file (invalid UTF-8); a scenario is YAML or JSON");
        }
        if (text.indexOf('\0') >= 0) {
            throw new ScenarioException(file + ": not a text file (contains NUL bytes); a scenario is YAML or JSON");
        }
        YamlNode node = readText(text, file.toString());
        if (node == null) {
            throw new ScenarioException(file + ": the file is empty; a scenario needs at least 'name'");
        }
        return node;
    }

    /** Parses one YAML document; {@code null} when the text holds no document. */
    public static YamlNode readText(String text, String source) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            YamlNode node = readValue(p, source);
            if (p.nextToken() != null) { // a '---' and more: one would be silently dropped
                throw new ScenarioException(
                        pos(p, source) + ": a second YAML document (after a '---' line) starts here; a scenario is"
                                + " one document (remove the '---' and merge the keys, or use extends:)");
            }
            return node;
        } catch (ScenarioException e) {
            throw e;
        } catch (JsonProcessingException e) {
            String tab = tabIndentation(text, source);
            if (tab != null) { // the parser reports a TAB at the line before, without naming it
                throw new ScenarioException(tab);
            }
            JsonLocation loc = e.getLocation();
            String where = loc == null ? source : source + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new ScenarioException(where + ": malformed YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            throw new ScenarioException(source + ": malformed YAML: " + firstLine(String.valueOf(e.getMessage())));
        }
    }

    /** Where the first line indented with a TAB is, as a message; null when no line is. */
    static String tabIndentation(String text, String source) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            int j = 0;
            while (j < l.length() && (l.charAt(j) == ' ' || l.charAt(j) == '\t')) {
                if (l.charAt(j) == '\t' && !l.isBlank()) {
                    return source + ":" + (i + 1) + ":" + (j + 1)
                            + ": a TAB in the indentation; YAML indents with spaces only";
                }
                j++;
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    private static SourcePosition pos(JsonParser p, String source) {
        JsonLocation l = p.currentTokenLocation();
        return new SourcePosition(source, l.getLineNr(), l.getColumnNr());
    }

    private static YamlNode readValue(JsonParser p, String source) throws IOException {
        JsonToken t = p.currentToken();
        SourcePosition at = pos(p, source);
        return switch (t) {
            case START_OBJECT -> {
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, SourcePosition> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    SourcePosition keyPos = pos(p, source);
                    if (entries.containsKey(key)) {
                        throw new ScenarioException(keyPos + ": duplicate key '" + key + "' (first written at line "
                                + keys.get(key).line() + ")");
                    }
                    p.nextToken();
                    entries.put(key, readValue(p, source));
                    keys.put(key, keyPos);
                }
                yield new YamlNode.MapNode(at, entries, keys);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, source));
                }
                yield new YamlNode.ListNode(at, items);
            }
            case VALUE_NULL -> new YamlNode.Scalar(at, "null", YamlNode.ScalarType.NULL);
            case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(at, p.getText(), YamlNode.ScalarType.BOOLEAN);
            case VALUE_NUMBER_INT -> new YamlNode.Scalar(at, p.getText(), YamlNode.ScalarType.INTEGER);
            case VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(at, p.getText(), YamlNode.ScalarType.FLOAT);
            case VALUE_STRING -> new YamlNode.Scalar(at, p.getText(), YamlNode.ScalarType.STRING);
            default -> throw new ScenarioException(at + ": unsupported YAML content (" + t + ")");
        };
    }
}
