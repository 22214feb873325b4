package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.articlecard.ArticleCard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
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
  void hiddenFoldersAndTargetArePassedOverAsTheCommandDoesUnlessTheFinderSaysOtherwise()
      throws IOException {
    String seed = TestFiles.resource("cards/seed.md");
    for (String name : List.of("posts/a.md", ".git/b.md", "posts/.draft.md", ".cache/deep/c.md",
        "target/d.md", "site/target/e.md", "_posts/f.md")) {
      Files.createDirectories(folder.resolve(name).getParent());
      Files.writeString(folder.resolve(name), seed);
    }

    List<String> byDefault = sorted(mapper.readAll(folder)).stream()
        .map(file -> folder.relativize(file.path()).toString().replace('\\', '/')).toList();
    List<String> everything = sorted(mapper.readAll(folder,
        CardFileFinder.cards().includingHidden().withoutExclusions())).stream()
        .map(file -> folder.relativize(file.path()).toString().replace('\\', '/')).toList();

    assertThat(byDefault).containsExactly("_posts/f.md", "posts/a.md");
    assertThat(everything).containsExactly(".cache/deep/c.md", ".git/b.md", "_posts/f.md",
        "posts/.draft.md", "posts/a.md", "site/target/e.md", "target/d.md");
  }

  @Test
  void cardsThatDoNotBindAreFailedOutcomesThatStillHoldTheirDocument() throws IOException {
    String seed = TestFiles.resource("cards/seed.md");
    Files.writeString(folder.resolve("seed.md"), seed);
    List<String> unbound = List.of("quality-high.md", "heat-list.md", "image-width-word.md");
    for (String name : unbound) {
      Files.writeString(folder.resolve(name), TestFiles.resource("io/binding/" + name));
    }

    List<CardFile> outcomes = sorted(mapper.readAll(folder));

    assertThat(outcomes.stream().filter(CardFile::failed)).extracting(file -> file.path().getFileName().toString())
        .containsExactlyInAnyOrderElementsOf(unbound);
    assertThat(outcomes.stream().filter(CardFile::failed)).allSatisfy(file -> {
      assertThat(file.error()).isInstanceOf(CardBindingException.class)
          .hasMessageStartingWith(file.path() + ": line ");
      assertThat(file.card()).isNull();
      assertThat(file.parsed()).isTrue();
      assertThat(file.document().text()).isEqualTo(Files.readString(file.path()));
    });
    assertThat(outcomes.stream().filter(file -> !file.failed())).singleElement().satisfies(file -> {
      assertThat(file.card()).isEqualTo(mapper.read(seed).card());
      assertThat(file.error()).isNull();
    });
  }

  @Test
  void sortingCardsByQualityNeverMeetsACardThatDoesNotBind() throws IOException {
    Files.writeString(folder.resolve("seed.md"), TestFiles.resource("cards/seed.md"));
    Files.writeString(folder.resolve("quality-high.md"), TestFiles.resource("io/binding/quality-high.md"));
    Files.writeString(folder.resolve("broken.md"), "---\ntitle: a\ntitle: b\n---\n");

    List<ArticleCard> best;
    try (Stream<CardFile> files = mapper.readAll(folder)) {
      best = files.filter(file -> !file.failed()).map(CardFile::card)
          .sorted(Comparator.comparingInt(ArticleCard::quality).reversed()).toList();
    }

    assertThat(best).extracting(ArticleCard::quality).containsExactly(59);
  }

  @Test
  void genericFrontMatterStaysReadableWhenItIsNoCard() throws IOException {
    for (String name : List.of("images-as-strings.md", "plain.md")) {
      Files.writeString(folder.resolve(name), TestFiles.resource("io/hugo/" + name));
    }
    Files.writeString(folder.resolve("broken.md"), "---\ntitle: [unclosed\n---\n");

    List<CardFile> outcomes = sorted(mapper.readAll(folder));

    assertThat(outcomes).extracting(file -> file.path().getFileName().toString(), CardFile::failed,
        CardFile::parsed).containsExactly(
            org.assertj.core.groups.Tuple.tuple("broken.md", true, false),
            org.assertj.core.groups.Tuple.tuple("images-as-strings.md", true, true),
            org.assertj.core.groups.Tuple.tuple("plain.md", false, true));
    assertThat(outcomes.stream().filter(CardFile::parsed).map(file -> file.document().frontMatter()))
        .allSatisfy(data -> assertThat(data.has("title")).isTrue());
    assertThat(outcomes.get(1).document().frontMatter().get("images").get(0).textValue())
        .isEqualTo("/img/cover.jpg");
  }

  @Test
  void unreadableSubfoldersAtSeveralDepthsAreFailedOutcomesAndTheRestIsRead() throws IOException {
    String seed = TestFiles.resource("cards/seed.md");
    for (String name : List.of("top.md", "a/one.md", "a/locked/hidden.md", "b/c/two.md",
        "b/c/locked/deeper/three.md", "locked/four.md")) {
      Path path = folder.resolve(name);
      Files.createDirectories(path.getParent());
      Files.writeString(path, seed);
    }
    Set<Path> locked = Set.of(folder.resolve("a/locked"), folder.resolve("b/c/locked"),
        folder.resolve("locked"));
    CardFileFinder denying = CardFileFinder.cards().withLister(dir -> {
      if (locked.contains(dir)) {
        throw new java.nio.file.AccessDeniedException(dir.toString());
      }
      return Files.newDirectoryStream(dir);
    });

    List<CardFile> outcomes = sorted(mapper.readAll(folder, denying));

    assertThat(outcomes.stream().filter(CardFile::failed)).extracting(CardFile::path)
        .containsExactlyInAnyOrderElementsOf(locked);
    assertThat(outcomes.stream().filter(CardFile::failed)).allSatisfy(file ->
        assertThat(file.error()).hasMessage(file.path() + ": cannot list the folder: permission denied"));
    assertThat(outcomes.stream().filter(file -> !file.failed())).extracting(CardFile::path)
        .containsExactly(folder.resolve("a/one.md"), folder.resolve("b/c/two.md"), folder.resolve("top.md"));
  }

  @Test
  void aRealUnreadableSubfolderIsAFailedOutcome() throws IOException {
    assumeTrue(!SpecialFiles.runningAsRoot(folder),
        "root reads folders whatever their permission bits; the injected variant covers root");
    Path locked = Files.createDirectories(folder.resolve("sub/locked"));
    Files.writeString(locked.resolve("card.md"), TestFiles.resource("cards/seed.md"));
    Files.writeString(folder.resolve("top.md"), TestFiles.resource("cards/seed.md"));
    SpecialFiles.mode(locked, "---------");
    try {
      List<CardFile> outcomes = sorted(mapper.readAll(folder));

      assertThat(outcomes).extracting(CardFile::path, CardFile::failed).containsExactly(
          org.assertj.core.groups.Tuple.tuple(locked, true),
          org.assertj.core.groups.Tuple.tuple(folder.resolve("top.md"), false));
    } finally {
      SpecialFiles.mode(locked, "rwx------");
    }
  }

  @Test
  void devicesFifosAndDanglingLinksNamedMdAreFailedOutcomesNotHangs() throws Exception {
    String seed = TestFiles.resource("cards/seed.md");
    Files.writeString(folder.resolve("good.md"), seed);
    Files.createSymbolicLink(folder.resolve("gone.md"), folder.resolve("moved-away.md"));
    boolean devices = Files.exists(SpecialFiles.ZERO);
    if (devices) {
      Files.createSymbolicLink(folder.resolve("zero.md"), SpecialFiles.ZERO);
    }
    Path fifo = SpecialFiles.fifo(folder.resolve("pipe.md"));

    List<CardFile> outcomes = new java.util.ArrayList<>();
    SpecialFiles.whileAWriterWaits(fifo, () -> outcomes.addAll(sorted(mapper.readAll(folder))));

    assertThat(outcomes.stream().filter(file -> !file.failed())).extracting(CardFile::path)
        .containsExactly(folder.resolve("good.md"));
    assertThat(outcomes.stream().filter(CardFile::failed)).hasSize(devices ? 3 : 2)
        .allSatisfy(file -> assertThat(file.error().kind()).isEqualTo(CardException.Kind.IO));
  }

  @Test
  void aFinderCanSkipHiddenAndGeneratedFolders() throws IOException {
    String seed = TestFiles.resource("cards/seed.md");
    for (String name : List.of("post.md", ".trash/old.md", "target/copy.md", "sub/target/x.md")) {
      Path path = folder.resolve(name);
      Files.createDirectories(path.getParent());
      Files.writeString(path, seed);
    }

    List<CardFile> outcomes = sorted(mapper.readAll(folder,
        CardFileFinder.cards().skippingHidden().excluding("target")));

    assertThat(outcomes).extracting(CardFile::path).containsExactly(folder.resolve("post.md"));
  }

  private static List<CardFile> sorted(Stream<CardFile> files) {
    try (files) {
      return files.sorted(Comparator.comparing(CardFile::path)).toList();
    }
  }

  @Test
  void aMissingFolderIsACardException() {
    assertThatThrownBy(() -> mapper.readAll(folder.resolve("absent")))
        .isInstanceOf(CardException.class).hasMessageContaining("absent");
  }
}
