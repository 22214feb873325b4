package io.github.articlecard.jackson.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.jackson.CardMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Keys read from characters are equal to their text, and shared between documents where short. */
class KeyNamesTest {

  private static String of(String text, int from, int to) {
    return KeyNames.of(text.toCharArray(), from, to);
  }

  @Test
  void aKeyIsItsCharactersWhereverItStands() {
    assertThat(of("xtitlex", 1, 6)).isEqualTo("title");
    assertThat(of("", 0, 0)).isEmpty();
    assertThat(of("a\u00e9\u4e2d\ud83d\ude00", 0, 5)).isEqualTo("a\u00e9\u4e2d\ud83d\ude00");
    String longKey = "k".repeat(200);
    assertThat(of(longKey, 0, 200)).isEqualTo(longKey);
  }

  @Test
  void aShortKeyReadAgainIsTheSameStringAndALongOneIsNot() {
    String first = of("quality", 0, 7);
    assertThat(of("--quality:", 2, 9)).isSameAs(first);
    String longKey = "k".repeat(49);
    assertThat(of(longKey, 0, 49)).isNotSameAs(of(longKey, 0, 49)).isEqualTo(longKey);
  }

  @Test
  void keysThatShareASlotStayTheirOwnText() {
    // many keys, more than the table has slots: each comes back as its own text
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 10_000; i++) {
        String key = "key" + i;
        assertThat(of(key, 0, key.length())).isEqualTo(key);
      }
    }
    // same length, same hash ("Aa" and "BB"): never taken for each other
    assertThat(of("Aa", 0, 2)).isEqualTo("Aa");
    assertThat(of("BB", 0, 2)).isEqualTo("BB");
    assertThat(of("Aa", 0, 2)).isEqualTo("Aa");
  }

  @Test
  void threadsReadingKeysAtOnceEachGetTheirOwnText() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        results.add(pool.submit(() -> {
          for (int i = 0; i < 20_000; i++) {
            String key = "k" + ((i * 7 + seed) % 5_000);
            if (!of(key, 0, key.length()).equals(key)) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void documentsReadTheirKeysAsWritten() {
    CardMapper mapper = CardMapper.builder().build();
    String a = "---\ntitle: A\nAa: 1\nquality: 2\n---\n";
    String b = "---\nBB: 1\ntitle: B\n\"quoted\": 3\n---\n";
    assertThat(mapper.read(a).frontMatter().fieldNames()).toIterable()
        .containsExactly("title", "Aa", "quality");
    assertThat(mapper.read(b).frontMatter().fieldNames()).toIterable()
        .containsExactly("BB", "title", "quoted");
  }
}
