package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.Extras;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * With {@code maxNestingDepth} raised towards 1,000, a document read on a thread with a large
 * stack may be used on a thread whose stack cannot walk that depth: every operation then either
 * works or is refused as a {@link CardException.Kind#LIMIT} naming what helps, never a
 * {@code StackOverflowError}. The same operations on a thread with room all work.
 */
class SmallStackTest {
  private static final int DEPTH = 900;
  private static final long SMALL = 64 << 10;
  private static final long LARGE = 256L << 20;

  private static final CardMapper MAPPER = CardMapper.builder().maxNestingDepth(1000)
      .maxFrontMatterSize(2_000_000).maxInputSize(2_000_000).build();

  /** A card whose unknown key {@code k} holds block mappings (or lists) nested DEPTH levels. */
  private static String deepCard(boolean lists, String eol) {
    StringBuilder text = new StringBuilder("---\ntitle: T\nheat: 3\nk:\n");
    for (int i = 0; i < DEPTH; i++) {
      text.append(" ".repeat(i)).append(lists ? "-" : "k" + i + ":").append('\n');
    }
    text.append(" ".repeat(DEPTH)).append(lists ? "leaf" : "leaf: 1").append('\n')
        .append("zz: 2\n---\n\nBody\n");
    return text.toString().replace("\n", eol);
  }

  /** Each public operation that walks the data, named, on a document read with room. */
  private static Map<String, Function<CardDocument, Object>> operations() {
    Map<String, Function<CardDocument, Object>> operations = new LinkedHashMap<>();
    operations.put("frontMatter", CardDocument::frontMatter);
    operations.put("card", CardDocument::card);
    operations.put("as(Map)", doc -> doc.as(new TypeReference<Map<String, Object>>() {}));
    operations.put("with(Map)", doc -> {
      Map<String, Object> data = new LinkedHashMap<>(doc.as(
          new TypeReference<Map<String, Object>>() {}));
      data.remove("zz");
      return doc.with(data);
    });
    operations.put("withCard", doc -> doc.withCard(doc.card().toBuilder().heat(4).build()));
    operations.put("withFrontMatter", doc -> {
      ObjectNode data = doc.frontMatter();
      data.remove("zz");
      return doc.withFrontMatter(data);
    });
    operations.put("withKeyRenamed", doc -> doc.withKeyRenamed("zz", "yy"));
    operations.put("rewrittenAt", doc -> doc.rewrittenAt(EditWidth.values()[EditWidth.values().length - 1]));
    operations.put("withBody", doc -> doc.withBody("Other\n"));
    operations.put("positionOf", doc -> doc.positionOf("zz"));
    operations.put("warnings", CardDocument::warnings);
    operations.put("comments", CardDocument::comments);
    operations.put("problems", CardDocument::problems);
    operations.put("write(card)", doc -> MAPPER.write(doc.card()));
    operations.put("toFrontMatter", doc -> MAPPER.toFrontMatter(doc.card()));
    operations.put("read", doc -> MAPPER.read(doc.text()));
    return operations;
  }

  @Test
  void everyOperationWorksOrIsRefusedAsALimitOnASmallStack() {
    for (boolean lists : List.of(false, true)) {
      for (String eol : List.of("\n", "\r\n")) {
        String text = deepCard(lists, eol);
        CardDocument doc = on(LARGE, () -> MAPPER.read(text)).value();
        ArticleCard card = on(LARGE, doc::card).value(); // bound with room, used without
        List<String> refused = new ArrayList<>();
        for (Map.Entry<String, Function<CardDocument, Object>> operation : operations().entrySet()) {
          Outcome<Object> fresh = on(SMALL, () -> operation.getValue().apply(
              on(LARGE, () -> MAPPER.read(text)).value())); // nothing settled by earlier calls
          Outcome<Object> shared = on(SMALL, () -> operation.getValue().apply(doc));
          for (Outcome<Object> outcome : List.of(fresh, shared)) {
            if (outcome.thrown() != null) {
              assertThat(outcome.thrown()).as(operation.getKey())
                  .isInstanceOfSatisfying(CardException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CardException.Kind.LIMIT);
                    assertThat(e.getMessage()).contains("thread with a larger stack",
                        "maxNestingDepth is 1000 levels");
                  });
              refused.add(operation.getKey());
            }
          }
        }
        // the ones that walk the whole depth cannot work on 64 KB
        assertThat(refused).as("lists " + lists).contains("frontMatter", "card", "withFrontMatter",
            "read");
        Outcome<String> written = on(SMALL, () -> MAPPER.write(card));
        assertThat(written.thrown()).isInstanceOfSatisfying(CardException.class,
            e -> assertThat(e.kind()).isEqualTo(CardException.Kind.LIMIT));
        // and the document is unharmed: everything works with room, after the refusals
        for (Map.Entry<String, Function<CardDocument, Object>> operation : operations().entrySet()) {
          assertThat(on(LARGE, () -> operation.getValue().apply(doc)).thrown())
              .as(operation.getKey()).isNull();
        }
        assertThat(on(LARGE, () -> doc.withCard(doc.card())).value()).isSameAs(doc);
        assertThat(on(LARGE, () -> MAPPER.write(card)).value()).isNotEmpty();
      }
    }
  }

  /** A type of the user's own, holding the deep value as Jackson binds it. */
  record Page(String title, Object k) {}

  @Test
  void ownTypesBoundAndEditedOnStacksOfEverySizeWorkOrAreRefusedAsALimit() {
    // where the stack runs out inside Jackson's bean serializer, Jackson reports "Infinite
    // recursion" of its own: still a nesting this thread cannot walk, not an unwritable value
    List<String> kinds = new ArrayList<>();
    for (int depth : List.of(300, 600, 900)) {
      StringBuilder text = new StringBuilder("---\ntitle: T\nk:\n");
      for (int i = 0; i < depth; i++) {
        text.append(" ".repeat(i)).append("a:\n");
      }
      text.append(" ".repeat(depth)).append("leaf: 1\n---\n\nBody\n");
      CardDocument doc = on(LARGE, () -> MAPPER.read(text.toString())).value();
      Page page = on(LARGE, () -> doc.as(Page.class)).value();
      for (long stack : List.of(64L << 10, 128L << 10, 256L << 10, 512L << 10, 1L << 20)) {
        for (Supplier<Object> operation : List.<Supplier<Object>>of(
            () -> doc.as(Page.class),
            () -> doc.with(new Page("New", page.k())),
            () -> doc.with(page))) {
          Throwable thrown = on(stack, operation).thrown();
          if (thrown != null) {
            assertThat(thrown).as("depth %d, stack %d", depth, stack)
                .isInstanceOfSatisfying(CardException.class, e -> {
                  assertThat(e.kind()).isEqualTo(CardException.Kind.LIMIT);
                  assertThat(e.getMessage()).contains("stack").doesNotContain("Infinite");
                });
            kinds.add(((CardException) thrown).kind().name());
          }
        }
      }
      assertThat(on(LARGE, () -> doc.with(new Page("New", page.k())).text()).value())
          .contains("title: New");
    }
    assertThat(kinds).as("some stacks too small").isNotEmpty();
  }

  @Test
  void anOwnTypeHoldingDataNestedBeyondAnyStackIsRefusedAsALimitNotAsUnwritable() {
    // Jackson's bean serializer catches the stack overflow and reports "Infinite recursion"
    Object nested = "leaf";
    for (int i = 0; i < 100_000; i++) {
      nested = List.of(nested);
    }
    Page deep = new Page("T", nested);
    CardDocument doc = CardMapper.builder().build().read("---\ntitle: T\nk: 1\n---\n\nBody\n");
    for (Object value : List.of(deep, Map.of("title", "T", "k", nested))) {
      Outcome<CardDocument> outcome = on(1L << 20, () -> doc.with(value));
      assertThat(outcome.thrown()).as(value.getClass().getSimpleName())
          .isInstanceOfSatisfying(CardException.class, e -> {
            assertThat(e.kind()).isEqualTo(CardException.Kind.LIMIT);
            assertThat(e.getMessage()).contains("holds itself", "larger stack")
                .doesNotContain("Infinite");
          });
    }
  }

  @Test
  void theDefaultLimitWorksOnAModestStack() {
    CardMapper mapper = CardMapper.builder().build(); // 64 levels
    StringBuilder text = new StringBuilder("---\ntitle: T\n");
    for (int i = 0; i < 62; i++) {
      text.append(" ".repeat(i)).append("k").append(i).append(":\n");
    }
    text.append(" ".repeat(62)).append("leaf: 1\nzz: 2\n---\n\nBody\n");
    Outcome<String> outcome = on(512 << 10, () -> {
      CardDocument doc = mapper.read(text.toString());
      ObjectNode data = doc.frontMatter();
      data.remove("zz");
      return doc.withFrontMatter(data).withCard(doc.card().toBuilder().heat(1).build()).text();
    });
    assertThat(outcome.thrown()).isNull();
  }

  @Test
  void extrasBuiltNearTheLimitAreWrittenWithRoomAndRefusedWithout() {
    Object nested = "leaf";
    for (int i = 0; i < 990; i++) {
      nested = List.of(nested);
    }
    ArticleCard card = ArticleCard.builder().title("T").extras(Extras.of(Map.of("deep", nested)))
        .build();
    assertThat(on(SMALL, () -> MAPPER.write(card)).thrown())
        .isInstanceOfSatisfying(CardException.class,
            e -> assertThat(e.kind()).isEqualTo(CardException.Kind.LIMIT));
    Outcome<ObjectNode> data = on(SMALL, () -> MAPPER.toFrontMatter(card)); // walks no deeper
    if (data.thrown() != null) {
      assertThat(data.thrown()).isInstanceOfSatisfying(CardException.class,
          e -> assertThat(e.kind()).isEqualTo(CardException.Kind.LIMIT));
    } else {
      assertThat(data.value().get("deep").isArray()).isTrue();
    }
    Outcome<String> written = on(LARGE, () -> MAPPER.write(card));
    assertThat(written.thrown()).isNull();
    assertThat(on(LARGE, () -> MAPPER.read(written.value()).card()).value())
        .isEqualTo(card);
  }

  private record Outcome<T>(T value, Throwable thrown) {}

  /** Runs work on a new thread with the given stack size and returns what it gave or threw. */
  private static <T> Outcome<T> on(long stackSize, Supplier<T> work) {
    AtomicReference<Outcome<T>> outcome = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        outcome.set(new Outcome<>(work.get(), null));
      } catch (Throwable e) {
        outcome.set(new Outcome<>(null, e));
      }
    }, "stack-" + stackSize, stackSize);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    return outcome.get();
  }

}
