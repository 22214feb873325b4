package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlecard.ArticleCard;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleCardModuleTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new ArticleCardModule());
  private static final ArticleCard SEED = MAPPER.read(TestFiles.resource("cards/seed.md")).card();

  static Stream<Path> cards() {
    return Corpus.allCards().stream();
  }

  @Test
  void writesTheCardsOwnKeyNamesInHouseOrder() throws Exception {
    JsonNode json = JSON.readTree(JSON.writeValueAsString(SEED));

    assertThat(json.properties().stream().map(Map.Entry::getKey).toList()).containsExactly(
        "category", "title", "excerpt", "publishedDateTime", "originalUrl", "webUrl", "ampWebUrl",
        "cdnAmpWebUrl", "type", "quality", "heat", "published", "provider", "topics", "images",
        "related", "secured", "body");
    assertThat(json.get("publishedDateTime").asText()).isEqualTo("2021-03-14T13:26:00Z");
    assertThat(json.get("quality").intValue()).isEqualTo(59);
    assertThat(json.at("/related/0/provider/name").asText()).isEqualTo("VentureBeat");
    assertThat(json.at("/images/0/isCached").booleanValue()).isTrue();
  }

  @NeedsCorpus
  @ParameterizedTest
  @MethodSource("cards")
  void jsonRoundTripGivesAnEqualCard(Path file) throws Exception {
    ArticleCard card = MAPPER.read(TestFiles.read(file)).card();

    String json = JSON.writeValueAsString(card);

    assertThat(JSON.readValue(json, ArticleCard.class)).isEqualTo(card);
  }

  @Test
  void unknownKeysAreWrittenInlineInOrderAndReadBack() throws Exception {
    ArticleCard card = SEED.toBuilder()
        .extra("sourceUrl", "https://example.com/a|b")
        .extra("scores", List.of(1, 2.5, true))
        .extra("nothing", null)
        .build();

    String json = JSON.writeValueAsString(card);

    assertThat(json).contains("\"secured\":").contains(",\"sourceUrl\":\"https://example.com/a|b\",\"scores\":[1,2.5,true],\"nothing\":null");
    assertThat(JSON.readValue(json, ArticleCard.class)).isEqualTo(card);
  }

  @Test
  void isFoundByFindAndRegisterModules() throws Exception {
    ObjectMapper discovered = new ObjectMapper().findAndRegisterModules();

    assertThat(discovered.readValue(JSON.writeValueAsString(SEED), ArticleCard.class)).isEqualTo(SEED);
  }

  @Test
  void aTypeMismatchNamesThePath() {
    String json = "{\"title\":\"t\",\"related\":[{\"title\":\"r\",\"quality\":\"high\"}]}";

    assertThatThrownBy(() -> JSON.readValue(json, ArticleCard.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("related[0].quality: expected a whole number, found \"high\"")
        .hasCauseInstanceOf(CardBindingException.class);
  }
}
