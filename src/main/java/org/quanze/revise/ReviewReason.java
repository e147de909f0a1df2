package org.quanze.revise;

/**
 * Why a proposed change needs a person's judgement before it is signed off. The message bundles
 * explain each ({@code revise.reason.CODE}); the 调整建议表 writes the Chinese text given here.
 */
public enum ReviewReason {
    /** The article's content is now spread over several articles: which of them back the entry is a judgement. */
    SPLIT("条文被拆分为多条：请确定哪些新条文支撑本事项"),
    /** The new article also takes in other old articles: the citation may need narrowing or other articles. */
    MERGED("条文与其他条文合并：请核对引用范围"),
    /** No article of the new version carries the old one: the entry needs another basis, or goes. */
    REPEALED("条文已删除：本事项需另找依据或予以调整"),
    /** The wording changed: the duty or case resting on it may have to be reworded. */
    AMENDED("条文内容有修改：请核对事项表述是否仍与新条文一致"),
    /** The list cites a paragraph (款) whose text is not found unchanged in the new article: chosen by likeness. */
    PARAGRAPH_CHOSEN("所引之款在新条文中已有变化：按相似度选定，请核对"),
    /** The list cites an item (项) whose text is not found unchanged: kept by number or dropped. */
    ITEM_CHOSEN("所引之项在新条文中已有变化：请核对项的序号"),
    /** The list quoted one paragraph of the article; the draft quotes the paragraph of the new article that carries it. */
    EXCERPT("原清单摘引条文中的一款：草案摘引新条文中对应的一款，请核对"),
    /** The list quoted part of the article only; the draft quotes the whole cited unit of the new text. */
    EXCERPT_WHOLE("原清单只摘引了部分条文：草案引用新条文的全文，请按需删节"),
    /** The cell's text could not be matched piece by piece: the cell is kept as written. */
    NOT_REWRITABLE("无法在单元格中定位原引用：单元格保持原样，请手工修改"),
    /** The new article is known by number but its official text is not held. */
    NO_NEW_TEXT("新版本该条文本缺失：请核对");

    private final String zh;

    ReviewReason(String zh) {
        this.zh = zh;
    }

    /** The reason in Chinese, as the 调整建议表 writes it. */
    public String zh() {
        return zh;
    }
}
