package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlecard.ArticleCard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code CardMapper.edit}: read, edit, write atomically only when the text changed. */
class EditShortcutTest {
  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
  private final CardMapper mapper = CardMapper.builder().build();

  @TempDir
  Path folder;
  private String seed;

  @BeforeEach
  void seed() {
    seed = TestFiles.resource("cards/seed.md");
  }

  private Path card(String text) throws IOException {
    Path path = folder.resolve("card.md");
    Files.writeString(path, text);
    Files.setLastModifiedTime(path, LONG_AGO);
    return path;
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void anEditChangesOnlyItsLineAndWritesTheFile(String eol) throws IOException {
    String text = seed.replace("\n", eol);
    Path path = card(text);

    CardEdit edit = mapper.edit(path, card -> card.toBuilder().quality(card.quality() + 1).build());

    assertThat(edit.changed()).isTrue();
    assertThat(edit.path()).isEqualTo(path);
    assertThat(edit.before().text()).isEqualTo(text);
    assertThat(TestFiles.read(path)).isEqualTo(edit.after().text())
        .isEqualTo(text.replace("quality: 59", "quality: 60"));
  }

  @Test
  void anEditThatChangesNothingLeavesTheFileUntouched() throws IOException {
    Path path = card(seed);

    CardEdit edit = mapper.edit(path, card -> card.toBuilder().build());

    assertThat(edit.changed()).isFalse();
    assertThat(edit.after()).isSameAs(edit.before());
    assertThat(Files.getLastModifiedTime(path)).isEqualTo(LONG_AGO);
  }

  @Test
  void theFrontMatterFormEditsAnyFrontMatter() throws IOException {
    Path path = card("---\ntitle: Hugo page # kept\ndraft: true\n---\nBody\n");

    CardEdit edit = mapper.editFrontMatter(path, data -> data.put("draft", false));
    CardEdit again = mapper.editFrontMatter(path, data -> data.put("draft", false));

    assertThat(edit.changed()).isTrue();
    assertThat(TestFiles.read(path)).isEqualTo("---\ntitle: Hugo page # kept\ndraft: false\n---\nBody\n");
    assertThat(again.changed()).isFalse();
  }

  record Page(String title, List<String> tags) {}

  @Test
  void theOwnTypeFormEditsThroughTheType() throws IOException {
    Path path = card("---\ntitle: Page\ntags: [a, b]\nweight: 3\n---\n");

    CardEdit edit = mapper.edit(path, Page.class, page -> new Page("New", page.tags()));

    assertThat(edit.changed()).isTrue();
    assertThat(TestFiles.read(path)).isEqualTo("---\ntitle: New\ntags: [a, b]\nweight: 3\n---\n");
  }

  @Test
  void aFileChangedOnDiskDuringTheEditIsNotOverwritten() throws IOException {
    Path path = card(seed);
    String meanwhile = seed.replace("heat: -1", "heat: 3");

    assertThatThrownBy(() -> mapper.edit(path, card -> {
      write(path, meanwhile);   // another process writes while the edit runs
      return card.toBuilder().quality(1).build();
    })).isInstanceOf(CardException.class)
        .satisfies(e -> assertThat(((CardException) e).kind()).isEqualTo(CardException.Kind.IO))
        .hasMessageContaining(path.toString()).hasMessageContaining("changed on disk");
    assertThat(TestFiles.read(path)).isEqualTo(meanwhile);
  }

  @Test
  void aFileThatDoesNotBindOrAFailingEditLeavesTheFileAsItWas() throws IOException {
    Path path = card("---\ntitle: \"T\"\nquality: high\n---\n");

    assertThatThrownBy(() -> mapper.edit(path, card -> card))
        .isInstanceOf(CardBindingException.class).hasMessageContaining("quality");
    assertThatThrownBy(() -> mapper.editFrontMatter(path, data -> null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("the edit returned null");
    assertThat(TestFiles.read(path)).isEqualTo("---\ntitle: \"T\"\nquality: high\n---\n");
    assertThat(Files.getLastModifiedTime(path)).isEqualTo(LONG_AGO);
  }

  @Test
  void anEditThroughALinkWritesTheTarget() throws IOException {
    Path target = card(seed);
    Path link = Files.createSymbolicLink(folder.resolve("link.md"), target);

    ArticleCard edited = mapper.edit(link, card -> card.toBuilder().heat(5).build()).after().card();

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(mapper.read(target).card()).isEqualTo(edited);
  }

  private static void write(Path path, String text) {
    try {
      Files.writeString(path, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
