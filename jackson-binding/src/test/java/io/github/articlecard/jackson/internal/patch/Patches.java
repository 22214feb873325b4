package io.github.articlecard.jackson.internal.patch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.internal.document.CardReader;
import io.github.articlecard.jackson.internal.text.SourceText;
import io.github.articlecard.jackson.internal.yaml.ReadLimits;
import io.github.articlecard.jackson.internal.yaml.SourceMap;
import io.github.articlecard.jackson.internal.yaml.HouseRules;
import io.github.articlecard.jackson.internal.yaml.StyleDecision;
import io.github.articlecard.jackson.internal.yaml.StylePolicy;
import io.github.articlecard.jackson.internal.yaml.YamlEmitter;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/** Runs the stages of the patcher on a front matter text, without the verifying re-read. */
final class Patches {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ReadLimits LIMITS = ReadLimits.DEFAULTS;

  private Patches() {}

  static SourceMap parse(String frontMatter) {
    return CardReader.readFrontMatter(frontMatter, LIMITS, SourceText.of(frontMatter), 0);
  }

  static ObjectNode json(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode value(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The front matter with the target's data, patched at one width (anchors moved as needed), or
   * null; new lines end as the first line does, as a card's do.
   */
  static @Nullable String patch(String frontMatter, ObjectNode target, Width width) {
    SourceMap source = parse(frontMatter);
    StyleDecision style = documentStyle(source);
    int lineBreak = frontMatter.indexOf('\n');
    String eol = lineBreak > 0 && frontMatter.charAt(lineBreak - 1) == '\r' ? "\r\n" : "\n";
    return FrontMatterPatcher.candidate(width, source, target,
        new YamlEmitter(eol, style), style);
  }

  /** The style decision of a document with no house style and no standard: its own style only. */
  static StyleDecision documentStyle(SourceMap source) {
    return StyleDecision.of(HouseRules.NONE, StylePolicy.NONE).within(source);
  }

  /** The minimal patch of one change: the data of {@code frontMatter} with {@code edit} applied. */
  static @Nullable String minimal(String frontMatter, java.util.function.Consumer<ObjectNode> edit) {
    ObjectNode target = parse(frontMatter).data().deepCopy();
    edit.accept(target);
    return patch(frontMatter, target, Width.MINIMAL);
  }
}
