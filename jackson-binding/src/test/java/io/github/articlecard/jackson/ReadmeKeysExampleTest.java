package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.ModelKey;
import io.github.articlecard.Url;
import io.github.articlecard.ValueKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's example of the keys as data and checks that the README shows exactly this
 * code, after the imports it uses.
 */
class ReadmeKeysExampleTest {

  @Test
  void theExampleRunsAndDoesWhatItSays() {
    ArticleCard card = CardMapper.builder().build().read(TestFiles.resource("cards/seed.md")).card();
    List<Url> links = new ArrayList<>();
    // README keys example start
    for (ModelKey<ArticleCard> key : ArticleCard.keys()) {
      if (key.kind() == ValueKind.URL && key.isPresentIn(card)) {
        links.add((Url) key.valueIn(card));                 // originalUrl, webUrl, ampWebUrl, ...
      }
    }
    ArticleCard scored = card.toBuilder().set("quality", 5).build();   // as quality(5)
    // README keys example end

    assertThat(links).containsExactly(card.originalUrl(), card.webUrl(), card.ampWebUrl(),
        card.cdnAmpWebUrl());
    assertThat(scored).isEqualTo(card.toBuilder().quality(5).build());
  }

  @Test
  void theReadmeShowsExactlyTheCodeThatRunsAfterItsImports() {
    ReadmeBlock.assertShown(ReadmeKeysExampleTest.class, "README keys example");
  }
}
