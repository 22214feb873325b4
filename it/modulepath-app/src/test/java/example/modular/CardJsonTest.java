package example.modular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.ArticleCardModule;
import io.github.articlecard.jackson.CardMapper;
import org.junit.jupiter.api.Test;

/** What a modular application sees: Jackson finds the card module through module-info's provides. */
class CardJsonTest {
  private static final String CARD = """
      ---
      category: news
      title: "Hello \u00e9 \uD83D\uDE00"
      quality: 7
      topics: [AI, Jackson]
      ---
      The body.
      """;

  @Test
  void theAppAndTheLibraryAreNamedModules() {
    assertEquals("example.modular", CardJson.class.getModule().getName());
    assertEquals("io.github.articlecard.jackson", ArticleCardModule.class.getModule().getName());
    assertEquals("com.fasterxml.jackson.databind", ObjectMapper.class.getModule().getName());
  }

  @Test
  void theAppsMapperFoundTheCardModuleWithItsVersion() {
    CardJson app = new CardJson();

    assertTrue(app.mapper().getRegisteredModuleIds().contains(new ArticleCardModule().getTypeId()),
        "registered: " + app.mapper().getRegisteredModuleIds());
    assertEquals(System.getProperty("expected.articlecard.version"),
        ObjectMapper.findModules().stream().filter(m -> m instanceof ArticleCardModule)
            .findFirst().orElseThrow().version().toString());
  }

  @Test
  void aCardGoesToJsonAndBack() throws Exception {
    CardJson app = new CardJson();

    String json = app.toJson(CARD);

    assertTrue(json.contains("\"topics\":[\"AI\",\"Jackson\"]"), json);
    assertTrue(json.contains("\"body\":\"The body.\\n\""), json);
    ArticleCard card = CardMapper.builder().build().read(CARD).card();
    assertEquals(card, app.fromJson(json));
  }
}
