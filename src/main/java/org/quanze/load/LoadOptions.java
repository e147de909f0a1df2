package org.quanze.load;

/**
 * How a load runs: {@code force} writes the files even when their bytes are unchanged (a reload),
 * {@code actor} is who asked for it, as the change log records it, {@code strict} refuses a list
 * with any slip (a 《, （ or 【 never closed, a bracket too many, …) instead of reading past it, and
 * {@code wholeLibrary} adds every text of the law library, not only those of the documents the
 * load's lists cite. {@code revisionOf} names the list the load's list is a new edition of (a
 * published revision; null for an ordinary load): the change log records it as a publication.
 */
public record LoadOptions(boolean force, String actor, boolean strict, boolean wholeLibrary, String revisionOf) {

    public static final LoadOptions DEFAULT = new LoadOptions(false, System.getProperty("user.name", "unknown") + " (cli)");

    public LoadOptions(boolean force, String actor) {
        this(force, actor, false, false, null);
    }

    public LoadOptions(boolean force, String actor, boolean strict, boolean wholeLibrary) {
        this(force, actor, strict, wholeLibrary, null);
    }

    /** A load that publishes a new edition of the list {@code list}. */
    public LoadOptions asEditionOf(String list) {
        return new LoadOptions(force, actor, strict, wholeLibrary, list);
    }

    public LoadOptions withActor(String who) {
        return new LoadOptions(force, who, strict, wholeLibrary, revisionOf);
    }

    public LoadOptions strict(boolean refuseSlips) {
        return new LoadOptions(force, actor, refuseSlips, wholeLibrary, revisionOf);
    }

    public LoadOptions withWholeLibrary(boolean whole) {
        return new LoadOptions(force, actor, strict, whole, revisionOf);
    }
}
