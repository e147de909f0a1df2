package org.quanze.load;

/**
 * How a load runs: {@code force} writes the files even when their bytes are unchanged (a reload),
 * {@code actor} is who asked for it, as the change log records it, and {@code strict} refuses a
 * list with any slip (a 《, （ or 【 never closed, a bracket too many, …) instead of reading past it.
 */
public record LoadOptions(boolean force, String actor, boolean strict) {

    public static final LoadOptions DEFAULT = new LoadOptions(false, System.getProperty("user.name", "unknown") + " (cli)");

    public LoadOptions(boolean force, String actor) {
        this(force, actor, false);
    }

    public LoadOptions withActor(String who) {
        return new LoadOptions(force, who, strict);
    }

    public LoadOptions strict(boolean refuseSlips) {
        return new LoadOptions(force, actor, refuseSlips);
    }
}
