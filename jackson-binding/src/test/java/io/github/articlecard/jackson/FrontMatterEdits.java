package io.github.articlecard.jackson;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Applies the edit scripts of the fidelity fixtures ({@code NAME.edit}) to front matter data. One
 * operation per line: {@code set /json/pointer <json>}, {@code append /pointer <json>},
 * {@code remove /pointer}; lines starting with {@code #} are comments.
 */
final class FrontMatterEdits {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FrontMatterEdits() {}

  static ObjectNode apply(ObjectNode data, String script) {
    for (String line : script.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split(" ", 3);
      JsonPointer pointer = JsonPointer.compile(parts[1]);
      JsonNode parent = data.at(pointer.head());
      String last = pointer.last().getMatchingProperty();
      switch (parts[0]) {
        case "set":
          if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), json(parts[2]));
          } else {
            ((ObjectNode) parent).set(last, json(parts[2]));
          }
          break;
        case "append":
          ((ArrayNode) data.at(pointer)).add(json(parts[2]));
          break;
        case "remove":
          if (parent.isArray()) {
            ((ArrayNode) parent).remove(Integer.parseInt(last));
          } else {
            ((ObjectNode) parent).remove(last);
          }
          break;
        default:
          throw new IllegalArgumentException("unknown edit operation: " + line);
      }
    }
    return data;
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
