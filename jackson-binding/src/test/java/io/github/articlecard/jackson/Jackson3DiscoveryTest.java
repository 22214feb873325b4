package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.jackson.v3.ArticleCardJackson3Module;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * How Jackson 3 finds {@link ArticleCardJackson3Module} with jackson-binding alone: on the class
 * path through {@code META-INF/services}; on the module path not at all, since jackson-binding's
 * module-info cannot announce a service of optional Jackson 3 (the {@code articlecard-jackson3}
 * artifact does, and its tests check that). Surefire runs this class once in each arrangement.
 *
 * <p>Tagged {@code jackson3}: .ci/run leaves it out of the all-Jackson-2.17 leg, whose
 * jackson-annotations 2.17 is older than any Jackson 3 runs on.
 */
@Tag("jackson3")
class Jackson3DiscoveryTest {
  private static final String SERVICES = "/META-INF/services/" + JacksonModule.class.getName();
  private static final ArticleCard SEED =
      CardMapper.builder().build().read(TestFiles.resource("cards/seed.md")).card();
  private static final boolean CLASS_PATH =
      "classpath".equals(System.getProperty("articlecard.arrangement"));

  private static List<JacksonModule> cardModules() {
    return MapperBuilder.findModules().stream()
        .filter(module -> module instanceof ArticleCardJackson3Module).toList();
  }

  @Test
  void findModulesFindsTheModuleOnceOnTheClassPathAndNotOnTheModulePath() {
    assertThat(ArticleCardJackson3Module.class.getModule().isNamed()).isEqualTo(!CLASS_PATH);
    assertThat(cardModules()).hasSize(CLASS_PATH ? 1 : 0);
  }

  @Test
  void aDiscoveringMapperWritesAndReadsCardsLikeOneWithTheModuleAdded() throws Exception {
    JsonMapper added = JsonMapper.builder().addModule(new ArticleCardJackson3Module()).build();
    JsonMapper discovered = CLASS_PATH ? JsonMapper.builder().findAndAddModules().build()
        // on the module path the application adds the module itself (or gets articlecard-jackson3)
        : JsonMapper.builder().findAndAddModules().addModule(new ArticleCardJackson3Module()).build();

    String json = discovered.writeValueAsString(SEED);

    assertThat(discovered.registeredModules()).filteredOn(m -> m instanceof ArticleCardJackson3Module)
        .hasSize(1);
    assertThat(json).isEqualTo(added.writeValueAsString(SEED));
    assertThat(discovered.readValue(json, ArticleCard.class)).isEqualTo(SEED);
  }

  @Test
  void addingTheModuleTwiceRegistersItOnce() {
    JsonMapper twice = JsonMapper.builder().findAndAddModules()
        .addModule(new ArticleCardJackson3Module()).addModule(new ArticleCardJackson3Module()).build();

    assertThat(twice.registeredModules()).filteredOn(m -> m instanceof ArticleCardJackson3Module)
        .hasSize(1);
  }

  @Test
  void theServicesFileNamesOnlyTheJackson3Module() throws IOException {
    String services;
    try (InputStream in = ArticleCardJackson3Module.class.getResourceAsStream(SERVICES)) {
      assertThat(in).as(SERVICES).isNotNull();
      services = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(services.lines().map(String::strip).filter(line -> !line.isEmpty()))
        .containsExactly(ArticleCardJackson3Module.class.getName());
  }

  @Test
  void theModuleCarriesTheProjectVersionAndCoordinates() {
    Version version = new ArticleCardJackson3Module().version();

    assertThat(version.isUnknownVersion()).isFalse();
    assertThat(version.getGroupId()).isEqualTo("io.github.articlecard");
    assertThat(version.getArtifactId()).isEqualTo("articlecard-jackson-binding");
    assertThat(version.toString()).isEqualTo(System.getProperty("articlecard.version"));
    assertThat(version).isEqualTo(new ArticleCardJackson3Module().version());
    assertThat(version.toString()).isEqualTo(new ArticleCardModule().version().toString());
  }
}
