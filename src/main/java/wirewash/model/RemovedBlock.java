package wirewash.model;

/**
 * A block the cleaner removed, with its position among the document's blocks and the reason.
 *
 * @param index  position of the block in the document (0-based)
 * @param text   the block's text
 * @param reason why it was removed
 */
public record RemovedBlock(int index, String text, Reason reason) {}
