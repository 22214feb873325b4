package example.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.Image;
import io.github.articlecard.Url;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.jackson.v3.ArticleCardJackson3Module;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/** What a Jackson 3 class path application sees: findAndAddModules() finds the card module. */
class Jackson3AppTest {
  private static final String CARD = """
      ---
      category: news
      title: "Hello \u00e9 \uD83D\uDE00"
      publishedDateTime: 2021-03-14T13:26:00Z
      webUrl: "https://example.com/a|b?x=1"
      quality: 59

      provider:
        name: Mint
        domain: livemint.com

      images:
        - url: "https://example.com/a.jpg"
          width: 600
          height: 337
      price: 1.50
      ---
      The body.
      """;

  /** The application's own type, holding model values. */
  public record Page(String slug, List<Image> images, Url link) {}

  @Test
  void theLibraryAndJackson3AreOnTheClassPath() {
    assertFalse(ArticleCardJackson3Module.class.getModule().isNamed(), "jackson-binding in a named module");
    assertEquals(System.getProperty("expected.jackson3.version"),
        tools.jackson.databind.cfg.PackageVersion.VERSION.toString());
  }

  @Test
  void findAndAddModulesRegistersTheCardModuleOnceWithItsVersion() {
    List<JacksonModule> found = MapperBuilder.findModules().stream()
        .filter(m -> m instanceof ArticleCardJackson3Module).toList();

    assertEquals(1, found.size(), "card modules found: " + found);
    assertEquals(System.getProperty("expected.articlecard.version"), found.get(0).version().toString());
    assertEquals("articlecard-jackson-binding", found.get(0).version().getArtifactId());
    assertEquals(1, JsonMapper.builder().findAndAddModules().build().registeredModules().stream()
        .filter(m -> m instanceof ArticleCardJackson3Module).count());
  }

  @Test
  void aDiscoveringMapperWritesACardInItsJsonFormAndReadsItBack() {
    JsonMapper json = JsonMapper.builder().findAndAddModules().build();
    ArticleCard card = CardMapper.builder().build().read(CARD).card();

    String text = json.writeValueAsString(card);
    JsonNode tree = json.readTree(text);

    assertTrue(tree.get("webUrl").isString(), text);
    assertEquals("https://example.com/a|b?x=1", tree.get("webUrl").asString());
    assertEquals("news", tree.get("category").asString());
    assertEquals("2021-03-14T13:26:00Z", tree.get("publishedDateTime").asString());
    assertEquals("The body.\n", tree.get("body").asString());
    assertTrue(text.contains("\"price\":1.50"), text);
    assertEquals(card, json.readValue(text, ArticleCard.class));
  }

  @Test
  void modelValuesInsideTheAppsOwnTypeRoundTrip() {
    JsonMapper json = JsonMapper.builder().findAndAddModules().build();
    ArticleCard card = CardMapper.builder().build().read(CARD).card();
    Page page = new Page("hello", card.images(), card.webUrl());

    String text = json.writeValueAsString(page);

    assertTrue(text.contains("\"link\":\"https://example.com/a|b?x=1\""), text);
    assertTrue(text.contains("\"images\":[{\"url\":\"https://example.com/a.jpg\",\"width\":600,\"height\":337}]"), text);
    assertEquals(page, json.readValue(text, Page.class));
  }
}
