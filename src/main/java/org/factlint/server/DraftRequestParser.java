package org.factlint.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import org.factlint.ingest.Format;

/**
 * Turns a request body into a {@link DraftRequest}, or a 400 that says what is wrong. Strict on
 * purpose: an unknown field (a typo such as "data" for "date") is an error, not silently ignored.
 */
final class DraftRequestParser {
    static final String DEFAULT_NAME = "draft";
    private static final int MAX_NAME_LENGTH = 200;
    private static final Set<String> FIELDS = Set.of("text", "format", "date", "name", "includeClaims");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    DraftRequest parse(byte[] body) throws ApiException {
        JsonNode root = readJson(body);
        if (!root.isObject()) throw bad("the body must be a JSON object");
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!FIELDS.contains(field)) throw bad("unknown field \"" + field + "\" (expected text, format, date, name, includeClaims)");
        }
        String text = string(root, "text");
        if (text == null) throw bad("\"text\" is missing");
        if (text.isBlank()) throw bad("\"text\" is empty");
        String name = name(string(root, "name"));
        Format format = format(string(root, "format"), name);
        LocalDate date = date(string(root, "date"));
        JsonNode include = root.get("includeClaims");
        if (include != null && !include.isNull() && !include.isBoolean()) throw bad("\"includeClaims\" must be true or false");
        return new DraftRequest(text, format, date, name, include != null && include.asBoolean());
    }

    private static JsonNode readJson(byte[] body) throws ApiException {
        if (body.length == 0) throw bad("empty body: expected a JSON object with \"text\"");
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw bad("malformed JSON: " + e.getOriginalMessage().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw bad("malformed JSON");
        }
    }

    private static String string(JsonNode root, String field) throws ApiException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) return null;
        if (!node.isTextual()) throw bad("\"" + field + "\" must be a string");
        return node.textValue();
    }

    private static String name(String value) throws ApiException {
        if (value == null || value.isBlank()) return DEFAULT_NAME;
        if (value.length() > MAX_NAME_LENGTH) throw bad("\"name\" is longer than " + MAX_NAME_LENGTH + " characters");
        if (value.chars().anyMatch(Character::isISOControl)) throw bad("\"name\" contains control characters");
        return value;
    }

    /** md, txt or html; when absent, the name's extension decides (plain text without one). */
    private static Format format(String value, String name) throws ApiException {
        if (value == null) return Format.ofFileName(name);
        return switch (value) {
            case "md" -> Format.MARKDOWN;
            case "txt" -> Format.TEXT;
            case "html" -> Format.HTML;
            default -> throw bad("unknown \"format\" '" + value + "' (expected md, txt or html)");
        };
    }

    private static LocalDate date(String value) throws ApiException {
        if (value == null || value.isEmpty()) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw bad("\"date\" '" + value + "' is not a date (expected YYYY-MM-DD)");
        }
    }

    private static ApiException bad(String message) {
        return new ApiException(400, message);
    }
}
