package org.quanze.load;

/**
 * How a load runs: {@code force} writes the files even when their bytes are unchanged (a reload),
 * and {@code actor} is who asked for it, as the change log records it.
 */
public record LoadOptions(boolean force, String actor) {

    public static final LoadOptions DEFAULT = new LoadOptions(false, System.getProperty("user.name", "unknown") + " (cli)");

    public LoadOptions withActor(String who) {
        return new LoadOptions(force, who);
    }
}
