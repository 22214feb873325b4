package example.jackson3.modular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.jackson.v3.ArticleCardJackson3Module;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a modular Jackson 3 application sees: Jackson finds the card module through the
 * {@code provides} of io.github.articlecard.jackson3.
 */
class CardJsonTest {
  private static final String CARD = """
      ---
      category: news
      title: "Hello \u00e9 \uD83D\uDE00"
      webUrl: "https://example.com/a|b"
      quality: 7
      topics: [AI, Jackson]
      ---
      The body.
      """;

  @Test
  void theAppTheLibraryAndJackson3AreNamedModules() {
    assertEquals("example.jackson3.modular", CardJson.class.getModule().getName());
    assertEquals("io.github.articlecard.jackson", ArticleCardJackson3Module.class.getModule().getName());
    assertEquals("tools.jackson.databind", JsonMapper.class.getModule().getName());
    assertTrue(ModuleLayer.boot().findModule("io.github.articlecard.jackson3").isPresent());
  }

  @Test
  void theAppsMapperFoundTheCardModuleWithItsVersion() {
    CardJson app = new CardJson();

    ArticleCardJackson3Module found = app.mapper().registeredModules().stream()
        .filter(m -> m instanceof ArticleCardJackson3Module).map(m -> (ArticleCardJackson3Module) m)
        .findFirst().orElseThrow(() -> new AssertionError("registered: " + app.mapper().registeredModules()));
    assertEquals(System.getProperty("expected.articlecard.version"), found.version().toString());
  }

  @Test
  void aCardGoesToJsonAndBack() {
    CardJson app = new CardJson();

    String json = app.toJson(CARD);
    JsonNode tree = app.mapper().readTree(json);

    assertTrue(tree.get("webUrl").isString(), json);
    assertTrue(json.contains("\"topics\":[\"AI\",\"Jackson\"]"), json);
    assertTrue(json.contains("\"body\":\"The body.\\n\""), json);
    assertEquals(CardMapper.builder().build().read(CARD).card(), app.fromJson(json));
  }
}
