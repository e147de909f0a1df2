package org.quanze.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    private final Highlighter highlighter = new Highlighter();

    @Test
    void shouldShowACellsLineBreaksAndRunsOfSpaceAsOneSpaceKeepingTheMarks() {
        List<Highlighter.Piece> pieces = highlighter.mark("\n违反本法规定，\r\n  处五千元以下\u3000罚款；\n\n情节严重的，处罚款。\n",
                highlighter.words("罚款"));

        assertThat(pieces).containsExactly(new Highlighter.Piece("违反本法规定， 处五千元以下 ", false),
                new Highlighter.Piece("罚款", true), new Highlighter.Piece("； 情节严重的，处", false),
                new Highlighter.Piece("罚款", true), new Highlighter.Piece("。", false));
    }
}
