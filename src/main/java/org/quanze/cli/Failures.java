package org.quanze.cli;

import org.quanze.ingest.SourceException;
import org.quanze.store.StoreUnavailableException;
import picocli.CommandLine;

/** Known failures print their message, not a stack trace; anything else is a bug and shows its trace. */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        if (e instanceof StoreUnavailableException || e instanceof SourceException
                || e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException) {
            cl.getErr().println("quanze: " + e.getMessage());
            return 1;
        }
        e.printStackTrace(cl.getErr());
        return 3;
    }
}
