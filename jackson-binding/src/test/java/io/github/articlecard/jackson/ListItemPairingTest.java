package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** {@link ListItemPairing}: which old item each new item is, as edits pair them. */
class ListItemPairingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void anItemThatMovedIsTheOldItemWhereverItStands() throws Exception {
    ListItemPairing pairing = ListItemPairing.of(list("[\"a\", \"b\", \"c\"]"),
        list("[\"c\", \"a\", \"new\"]"));

    assertThat(pairing.oldIndexOf(0)).isEqualTo(OptionalInt.of(2));
    assertThat(pairing.oldIndexOf(1)).isEqualTo(OptionalInt.of(0));
    assertThat(pairing.newIndexOf(2)).isEqualTo(OptionalInt.of(0));
  }

  @Test
  void aChangedMappingIsTheOldOneItSharesWhatTellsItApartWith() throws Exception {
    ArrayNode before = list("[{\"title\":\"First\",\"excerpt\":\"Kept.\",\"quality\":90,\"source\":\"feed-a\"},"
        + "{\"title\":\"Second\",\"quality\":87}]");

    ListItemPairing moved = ListItemPairing.of(before, list(
        "[{\"title\":\"Second\",\"quality\":88},{\"title\":\"First\",\"excerpt\":\"Kept.\",\"quality\":91}]"));
    ListItemPairing unlike = ListItemPairing.of(before, list(
        "[{\"title\":\"Third\",\"quality\":1,\"source\":\"feed-c\"},{\"title\":\"Second\",\"quality\":87}]"));

    assertThat(moved.oldIndexOf(0)).isEqualTo(OptionalInt.of(1));
    assertThat(moved.oldIndexOf(1)).isEqualTo(OptionalInt.of(0));
    assertThat(unlike.oldIndexOf(0)).isEmpty();
    assertThat(unlike.oldIndexOf(1)).isEqualTo(OptionalInt.of(1));
    assertThat(unlike.newIndexOf(0)).isEmpty();
  }

  @Test
  void anIndexOutsideTheListIsRefused() throws Exception {
    ListItemPairing pairing = ListItemPairing.of(list("[1]"), list("[1, 2]"));

    assertThat(pairing.oldIndexOf(1)).isEmpty();
    assertThatThrownBy(() -> pairing.oldIndexOf(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> pairing.newIndexOf(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  private static ArrayNode list(String json) throws Exception {
    return (ArrayNode) JSON.readTree(json);
  }
}
