package io.github.articlecard.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.jackson.CardFileFinder;
import io.github.articlecard.spark.internal.CardListing;
import io.github.articlecard.spark.internal.CardPartition;
import io.github.articlecard.spark.internal.FileOutcome;
import io.github.articlecard.spark.internal.ReadOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing any Hadoop file system with CardFileFinder's rules, and sharing files between partitions. */
class ListingAndPartitionsTest {
  @TempDir
  static Path dir;
  static Path root;

  @BeforeAll
  static void tree() {
    root = CardTree.create(dir.resolve("cards"));
  }

  @Test
  void aHadoopFileSystemIsListedAsCardFileFinderListsTheLocalDisk() {
    Configuration conf = new Configuration(false);
    conf.set("fs." + OtherSchemeFileSystem.SCHEME + ".impl", OtherSchemeFileSystem.class.getName());
    conf.setBoolean("fs." + OtherSchemeFileSystem.SCHEME + ".impl.disable.cache", true);
    for (Map<String, String> options : List.of(Map.<String, String>of(),
        Map.of("skipHidden", "true"), Map.of("exclude", "bad,_news/2021/card-00*.md"),
        Map.of("suffixes", ".md,.txt", "exclude", "{smartable-2021,_posts}"))) {
      Map<String, String> local = new java.util.HashMap<>(options);
      local.put("path", root.toString());
      Map<String, String> other = new java.util.HashMap<>(options);
      other.put("path", OtherSchemeFileSystem.path(root));

      List<String> expected = ReadOptions.from(local).finder().find(root).files().stream()
          .map(file -> OtherSchemeFileSystem.path(file)).sorted().toList();
      CardListing listing = CardListing.list(ReadOptions.from(other), conf);

      assertThat(listing.files().stream().map(CardListing.ListedFile::path).toList())
          .as("%s", options).isEqualTo(expected);
      assertThat(listing.files()).allMatch(file -> file.size() > 0);
    }
  }

  @Test
  void filesAreSharedByBytesInPathOrderWithTheUnreadableInTheFirstPartition() {
    List<CardListing.ListedFile> files = new ArrayList<>();
    IntStream.range(0, 1000).forEach(i -> files.add(
        new CardListing.ListedFile(String.format("file:/c/%04d.md", i), i % 10 == 0 ? 50_000 : 5_000)));
    FileOutcome folder = FileOutcome.failed("file:/c/locked",
        new FileOutcome.Problem("IO", 0, 0, "cannot list the folder"));
    CardListing listing = new CardListing(files, List.of(folder));

    List<CardPartition> perCore = CardPartition.plan(listing, 0, 128L << 20, 2);
    List<CardPartition> bySize = CardPartition.plan(listing, 0, 1_000_000, 2);
    List<CardPartition> asked = CardPartition.plan(listing, 7, 128L << 20, 2);

    assertThat(perCore).hasSize(4);
    assertThat(bySize).hasSize(14);
    assertThat(asked).hasSize(7);
    for (List<CardPartition> plan : List.of(perCore, bySize, asked)) {
      assertThat(plan.stream().flatMap(p -> p.paths().stream()).toList())
          .isEqualTo(files.stream().map(CardListing.ListedFile::path).toList());
      assertThat(plan.get(0).unreadable()).containsExactly(folder);
      assertThat(plan.stream().skip(1)).allMatch(p -> p.unreadable().isEmpty());
      long total = files.stream().mapToLong(file -> file.size() + 4096).sum();
      long share = total / plan.size();
      assertThat(plan).as("each partition holds its share, give or take a file")
          .allMatch(p -> Math.abs(bytes(p, files) - share) <= 54_096);
    }
  }

  @Test
  void neverMorePartitionsThanFilesAndOneForNothing() {
    CardListing three = new CardListing(List.of(new CardListing.ListedFile("file:/a.md", 10),
        new CardListing.ListedFile("file:/b.md", 10), new CardListing.ListedFile("file:/c.md", 10)),
        List.of());

    assertThat(CardPartition.plan(three, 0, 128L << 20, 8)).hasSize(3);
    assertThat(CardPartition.plan(three, 50, 128L << 20, 2)).hasSize(3);
    assertThat(CardPartition.plan(new CardListing(List.of(), List.of()), 0, 1, 2)).singleElement()
        .satisfies(p -> assertThat(p.paths()).isEmpty());
  }

  @Test
  void globsWithCommasInBracesStayWhole() {
    ReadOptions options = ReadOptions.from(Map.of("path", "x", "exclude", "{a,b}/**, drafts ,*.{tmp,bak}.md"));

    assertThat(options.excluded()).containsExactly("{a,b}/**", "drafts", "*.{tmp,bak}.md");
    assertThat(CardFileFinder.cards().excluding("{a,b}/**").accepts("b/x.md", false)).isFalse();
  }

  private static long bytes(CardPartition partition, List<CardListing.ListedFile> files) {
    Map<String, Long> sizes = new java.util.HashMap<>();
    files.forEach(file -> sizes.put(file.path(), file.size() + 4096));
    return partition.paths().stream().mapToLong(sizes::get).sum();
  }
}
