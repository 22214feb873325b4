package example.classpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Category;
import io.github.articlecard.Provider;
import io.github.articlecard.jackson.ArticleCardModule;
import io.github.articlecard.jackson.CardMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a class path application sees: Jackson finds the card module through META-INF/services. */
class ModuleDiscoveryTest {
  private static final String CARD = """
      ---
      category: news
      title: "Hello \u00e9 \uD83D\uDE00"
      publishedDateTime: 2021-03-14T13:26:00Z
      quality: 59

      provider:
        name: Mint
        domain: livemint.com

      topics:
        - AI
      ---
      The body.
      """;

  @Test
  void theLibraryIsOnTheClassPath() {
    assertFalse(ArticleCardModule.class.getModule().isNamed(), "jackson-binding in a named module");
    assertEquals(System.getProperty("expected.jackson.version"),
        com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
  }

  @Test
  void findAndRegisterModulesRegistersTheCardModuleWithItsVersion() {
    List<Module> found = ObjectMapper.findModules();

    Module module = found.stream().filter(m -> m instanceof ArticleCardModule).findFirst()
        .orElseThrow(() -> new AssertionError("ArticleCardModule not among " + found));
    assertEquals(System.getProperty("expected.articlecard.version"), module.version().toString());
    assertEquals("articlecard-jackson-binding", module.version().getArtifactId());
    assertTrue(new ObjectMapper().findAndRegisterModules().getRegisteredModuleIds()
        .contains(module.getTypeId()));
  }

  @Test
  void aDiscoveringMapperWritesAndReadsACard() throws Exception {
    ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    ArticleCard card = CardMapper.builder().build().read(CARD).card();

    String text = json.writeValueAsString(card);
    JsonNode tree = json.readTree(text);

    assertEquals("Hello \u00e9 \uD83D\uDE00", tree.get("title").asText());
    assertEquals("2021-03-14T13:26:00Z", tree.get("publishedDateTime").asText());
    assertEquals("The body.\n", tree.get("body").asText());
    assertEquals(card, json.readValue(text, ArticleCard.class));
  }

  @Test
  void aCardBuiltInCodeGoesThroughJsonUnchanged() throws Exception {
    ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    ArticleCard card = ArticleCard.builder()
        .category(Category.NEWS)
        .title("Built in code")
        .publishedDateTime(Instant.parse("2024-01-02T03:04:05Z"))
        .provider(Provider.of("Mint", "livemint.com"))
        .topics(List.of("AI", "Jackson"))
        .build();

    assertEquals(card, json.readValue(json.writeValueAsString(card), ArticleCard.class));
  }
}
