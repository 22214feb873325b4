package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlecard.ArticleCard;
import io.github.articlecard.CardValidator;
import io.github.articlecard.ValidationRule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@link CardMapper} travels in Spark closures: it serializes its settings and is rebuilt from
 * them where it lands: limits, line ending, validator, whether writes may lose attributes and the
 * user's {@code ObjectMapper}.
 */
class SerializableMapperTest {
  private static final String CARD = "---\ntitle: \"Hello\"\nquality: 5\nnote: kept\n---\nBody\n";

  record Page(String title, int quality) {}

  @Test
  void aDefaultMapperReadsAndEditsAsBeforeAfterTheTrip() {
    CardMapper back = roundTrip(CardMapper.builder().build());

    CardDocument doc = back.read(CARD);
    assertThat(doc.card().title()).isEqualTo("Hello");
    assertThat(doc.withCard(doc.card().toBuilder().quality(6).build()).text())
        .isEqualTo(CARD.replace("quality: 5", "quality: 6"));
  }

  @Test
  void everyLimitTravelsWithTheMapper() {
    CardMapper strict = roundTrip(CardMapper.builder()
        .maxInputSize(4000).maxFrontMatterSize(3000).maxNestingDepth(3).maxAliases(1)
        .maxAliasExpansion(2).maxAliasExpansionSize(50).maxScalarLength(20).maxNumberLength(4)
        .maxKeyLength(10).build());

    List<String> refused = List.of(
        "---\ntitle: \"" + "x".repeat(21) + "\"\n---\n",                  // maxScalarLength
        "---\nquality: 12345\n---\n",                                      // maxNumberLength
        "---\nabcdefghijk: 1\n---\n",                                      // maxKeyLength
        "---\na:\n  b:\n    c:\n      d: 1\n---\n",                        // maxNestingDepth
        "---\na: &x 1\nb: *x\nc: *x\n---\n",                               // maxAliases
        "---\n" + "k: v\n".repeat(700) + "---\n",                          // maxFrontMatterSize
        "---\na: 1\n---\n" + "x".repeat(4001));                            // maxInputSize
    for (String text : refused) {
      Throwable thrown = catchThrowable(() -> strict.read(text));
      assertThat(thrown).as(text.substring(0, Math.min(40, text.length())))
          .isInstanceOf(CardException.class);
      assertThat(((CardException) thrown).kind()).isEqualTo(CardException.Kind.LIMIT);
    }
    assertThat(strict.read("---\ntitle: \"short\"\nquality: 1234\n---\n").card().quality())
        .isEqualTo(1234);
  }

  @Test
  void theLineEndingTravelsWithTheMapper() {
    CardMapper crlf = roundTrip(CardMapper.builder().lineEnding(LineEnding.CRLF).build());

    assertThat(crlf.write(ArticleCard.builder().title("T").quality(1).build()))
        .isEqualTo("---\r\ntitle: \"T\"\r\nquality: 1\r\n---\r\n");
  }

  @Test
  void theValidatorTravelsWithTheMapper() {
    String card = "---\ntitle: \"T\"\nwebUrl: \"/a.html\"\nquality: 50\nheat: -5\n---\n";
    CardMapper strict = roundTrip(CardMapper.builder().validator(CardValidator.builder()
        .relativeUrls(false)
        .severity(ValidationRule.HEAT, CardValidator.Severity.WARNING)
        .range(ValidationRule.QUALITY, 0, 10)
        .build()).build());

    assertThat(strict.read(card).problems())
        .extracting(problem -> problem.rule() + " " + problem.severity() + " " + problem.line())
        .containsExactly("URL ERROR 3", "QUALITY ERROR 4", "HEAT WARNING 5");
    assertThat(roundTrip(CardMapper.builder().build()).read(card).problems()).isEmpty();
  }

  @Test
  void everySettingIsReadBackAsItWasWritten() {
    List<CardMapper> mappers = List.of(
        CardMapper.builder().build(),
        CardMapper.builder().allowAttributeLoss(true).build(),
        CardMapper.builder().validator(CardValidator.builder().relativeUrls(false).build()).build(),
        CardMapper.builder()
            .validator(CardValidator.builder().range(ValidationRule.HEAT, -1, 5).build()).build(),
        CardMapper.builder().lineEnding(LineEnding.CRLF).build(),
        CardMapper.builder().maxKeyLength(10).build(),
        CardMapper.builder().maxAliasExpansionSize(50).build());
    List<String> forms = new ArrayList<>();
    for (CardMapper mapper : mappers) {
      byte[] form = serialize(mapper);

      assertThat(serialize(roundTrip(mapper))).isEqualTo(form);
      forms.add(Base64.getEncoder().encodeToString(form));
    }
    assertThat(forms).doesNotHaveDuplicates();
  }

  @Test
  void theApplicationsObjectMapperTravelsWithTheMapper() {
    ObjectMapper failing = new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    CardMapper back = roundTrip(CardMapper.builder().objectMapper(failing).build());

    Throwable thrown = catchThrowable(() -> back.read(CARD).as(Page.class));

    assertThat(thrown).isInstanceOf(CardBindingException.class).hasMessageContaining("note");
    assertThat(roundTrip(CardMapper.builder().build()).read(CARD).as(Page.class))
        .isEqualTo(new Page("Hello", 5));
  }

  @Test
  void anObjectMapperThatCannotBeSerializedIsNamedInTheRefusal() {
    CardMapper mapper = CardMapper.builder()
        .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    Throwable thrown = catchThrowable(() -> serialize(mapper));

    assertThat(thrown).hasCauseInstanceOf(NotSerializableException.class)
        .hasMessageContaining("CardMapper.Builder.objectMapper cannot be serialized")
        .hasMessageContaining("DateTimeFormatter");
  }

  @Test
  void aMapperSerializesAsItsSettingsOnly() {
    assertThat(serialize(CardMapper.builder().build()).length).isLessThan(1500);
  }

  @SuppressWarnings("unchecked")
  static <T> T roundTrip(T value) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialize(value)))) {
      return (T) in.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] serialize(Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
