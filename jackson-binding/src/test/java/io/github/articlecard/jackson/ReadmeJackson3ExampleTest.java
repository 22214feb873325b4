package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Image;
import io.github.articlecard.jackson.v3.ArticleCardJackson3Module;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the README's Jackson 3 example and checks that the README shows exactly this code, after
 * the imports it uses. Tagged {@code jackson3}, as {@link Jackson3ModelJsonTest} is.
 */
@Tag("jackson3")
class ReadmeJackson3ExampleTest {
  @Test
  void theExampleRunsAndDoesWhatItSays() throws Exception {
    ArticleCard card = CardMapper.builder().build().read(TestFiles.resource("cards/seed.md")).card();
    // README Jackson 3 example start
    JsonMapper json = JsonMapper.builder().addModule(new ArticleCardJackson3Module()).build();
    String text = json.writeValueAsString(card);              // the bytes ArticleCardModule writes
    ArticleCard back = json.readValue(text, ArticleCard.class);         // equals card

    String array = json.writeValueAsString(card.images());    // [{"url":"https://...","width":600,...}]
    List<Image> images = json.readValue(array, new TypeReference<List<Image>>() { });
    // README Jackson 3 example end

    ObjectMapper jackson2 = new ObjectMapper().registerModule(new ArticleCardModule());
    assertThat(text).isEqualTo(jackson2.writeValueAsString(card));
    assertThat(back).isEqualTo(card);
    assertThat(array).startsWith("[{\"url\":\"https://").contains("\"width\":600,");
    assertThat(images).isEqualTo(card.images());
  }

  @Test
  void theReadmeShowsExactlyTheCodeThatRunsAfterItsImports() {
    ReadmeBlock.assertShown(ReadmeJackson3ExampleTest.class, "README Jackson 3 example");
  }
}
