package io.github.articlecard.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.Image;
import io.github.articlecard.jackson.CardMapper;
import io.github.articlecard.jackson.v3.ArticleCardJackson3Module;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * With articlecard-jackson3, Jackson 3 finds {@link ArticleCardJackson3Module} by itself, whether
 * the jars are on the module path ({@code provides} in this module's module-info) or on the class
 * path ({@code META-INF/services} of jackson-binding), and finds it once. Surefire runs this class
 * once in each arrangement.
 *
 * <p>Tagged {@code jackson3}: .ci/run leaves it out of the all-Jackson-2.17 leg, whose
 * jackson-annotations 2.17 is older than any Jackson 3 runs on.
 */
@Tag("jackson3")
class ModuleDiscoveryTest {
  private static final String ARRANGEMENT = System.getProperty("articlecard.arrangement", "");
  private static final ArticleCard CARD = CardMapper.builder().build().read("""
      ---
      category: news
      title: "Hello \u00e9 \uD83D\uDE00"
      webUrl: "https://example.com/a|b"
      quality: 0
      images:
        - url: "https://example.com/a.jpg"
          width: 600
      price: 1.50
      ---
      The body.
      """).card();

  @Test
  void testsRunInTheArrangementSurefireWasToldToUse() {
    boolean modulePath = ARRANGEMENT.equals("module-path");

    assertThat(ARRANGEMENT).isIn("module-path", "classpath");
    assertThat(ArticleCardJackson3Provider.class.getModule().isNamed()).isEqualTo(modulePath);
    if (modulePath) {
      assertThat(ArticleCardJackson3Provider.class.getModule().getName())
          .isEqualTo("io.github.articlecard.jackson3");
      assertThat(ArticleCardJackson3Module.class.getModule().getName())
          .isEqualTo("io.github.articlecard.jackson");
      assertThat(JsonMapper.class.getModule().getName()).isEqualTo("tools.jackson.databind");
    }
  }

  @Test
  void findModulesFindsTheCardModuleExactlyOnce() {
    List<JacksonModule> found = MapperBuilder.findModules();

    assertThat(found).filteredOn(module -> module instanceof ArticleCardJackson3Module).hasSize(1);
  }

  @Test
  void aDiscoveringMapperWritesAndReadsCardsLikeOneWithTheModuleAdded() {
    JsonMapper discovered = JsonMapper.builder().findAndAddModules().build();
    JsonMapper added = JsonMapper.builder().addModule(new ArticleCardJackson3Module()).build();

    String json = discovered.writeValueAsString(CARD);
    JsonNode tree = discovered.readTree(json);

    assertThat(discovered.registeredModules())
        .filteredOn(module -> module instanceof ArticleCardJackson3Module).hasSize(1);
    assertThat(json).isEqualTo(added.writeValueAsString(CARD));
    assertThat(tree.get("webUrl").isString()).isTrue();
    assertThat(tree.get("webUrl").asString()).isEqualTo("https://example.com/a|b");
    assertThat(json).contains("\"price\":1.50,");
    assertThat(discovered.readValue(json, ArticleCard.class)).isEqualTo(CARD);
    assertThat(discovered.readValue(discovered.writeValueAsString(CARD.images()),
        new tools.jackson.core.type.TypeReference<List<Image>>() { })).isEqualTo(CARD.images());
  }

  @Test
  void theProviderGivesTheModuleThatTheClassPathFindsTooWithTheProjectVersion() {
    ArticleCardJackson3Module module = ArticleCardJackson3Provider.provider();

    assertThat(module.getRegistrationId()).isEqualTo(new ArticleCardJackson3Module().getRegistrationId());
    assertThat(module.version().toString()).isEqualTo(System.getProperty("articlecard.version"));
    assertThat(module.version().getArtifactId()).isEqualTo("articlecard-jackson-binding");
  }
}
