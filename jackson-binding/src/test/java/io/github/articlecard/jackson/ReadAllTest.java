package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAllTest {
  private final CardMapper mapper = CardMapper.builder().build();

  @TempDir
  Path folder;

  @Test
  void readsEveryCardFileRecursivelyAndReportsBadOnesWithoutStopping() throws IOException {
    String seed = TestFiles.resource("cards/seed.md");
    Files.createDirectories(folder.resolve("2021/03"));
    for (int i = 0; i < 50; i++) {
      Files.writeString(folder.resolve("2021/03/card-" + i + ".md"), seed);
    }
    Files.writeString(folder.resolve("broken.md"), "---\ntitle: a\ntitle: b\n---\n");
    Files.writeString(folder.resolve("notes.txt"), "not a card");

    List<CardFile> outcomes;
    try (Stream<CardFile> files = mapper.readAll(folder)) {
      outcomes = files.sorted(Comparator.comparing(CardFile::path)).toList();
    }

    assertThat(outcomes).hasSize(51);
    assertThat(outcomes.stream().filter(CardFile::failed)).singleElement().satisfies(bad -> {
      assertThat(bad.path().getFileName()).hasToString("broken.md");
      assertThat(bad.error()).isInstanceOf(CardParseException.class)
          .hasMessageContaining("broken.md").hasMessageContaining("duplicate key 'title'");
    });
    assertThat(outcomes.stream().filter(file -> !file.failed()))
        .allSatisfy(file -> assertThat(file.document().text()).isEqualTo(seed));
  }

  @Test
  void aMissingFolderIsACardException() {
    assertThatThrownBy(() -> mapper.readAll(folder.resolve("absent")))
        .isInstanceOf(CardException.class).hasMessageContaining("absent");
  }
}
