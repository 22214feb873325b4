package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlecard.ArticleCard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Jackson finds {@link ArticleCardModule} by itself, whether the jar is on the module path
 * ({@code provides} in module-info) or on the class path ({@code META-INF/services}). Surefire runs
 * this class once in each arrangement.
 */
class ModuleDiscoveryTest {
  private static final String SERVICES = "/META-INF/services/" + Module.class.getName();
  private static final ArticleCard SEED =
      CardMapper.builder().build().read(TestFiles.resource("cards/seed.md")).card();

  @Test
  void testsRunInTheArrangementSurefireWasToldToUse() {
    String arrangement = System.getProperty("articlecard.arrangement", "");

    assertThat(arrangement).isIn("module-path", "classpath");
    assertThat(ArticleCardModule.class.getModule().isNamed())
        .as("jackson-binding is a named module when tests run on the %s", arrangement)
        .isEqualTo(arrangement.equals("module-path"));
  }

  @Test
  void findModulesFindsTheCardModuleExactlyOnce() {
    assertThat(ObjectMapper.findModules())
        .filteredOn(module -> module instanceof ArticleCardModule)
        .hasSize(1);
  }

  @Test
  void aDiscoveringMapperWritesAndReadsCardsLikeOneWithTheModuleRegistered() throws Exception {
    ObjectMapper discovered = new ObjectMapper().findAndRegisterModules();
    ObjectMapper registered = new ObjectMapper().registerModule(new ArticleCardModule());

    String json = discovered.writeValueAsString(SEED);

    assertThat(discovered.getRegisteredModuleIds()).contains("ArticleCardModule");
    assertThat(json).isEqualTo(registered.writeValueAsString(SEED));
    assertThat(discovered.readValue(json, ArticleCard.class)).isEqualTo(SEED);
  }

  @Test
  void theServicesFileNamesOnlyTheCardModule() throws IOException {
    String services;
    try (InputStream in = ArticleCardModule.class.getResourceAsStream(SERVICES)) {
      assertThat(in).as(SERVICES).isNotNull();
      services = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(services.lines().map(String::strip).filter(line -> !line.isEmpty()))
        .containsExactly(ArticleCardModule.class.getName());
  }

  @Test
  void theModuleCarriesTheProjectVersionAndCoordinates() {
    Version version = new ArticleCardModule().version();

    assertThat(version.isUnknownVersion()).isFalse();
    assertThat(version.getGroupId()).isEqualTo("io.github.articlecard");
    assertThat(version.getArtifactId()).isEqualTo("articlecard-jackson-binding");
    assertThat(version.toString()).isEqualTo(System.getProperty("articlecard.version"));
  }
}
