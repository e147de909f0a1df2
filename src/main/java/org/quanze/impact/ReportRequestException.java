package org.quanze.impact;

import java.util.List;

/**
 * A report asked for what the store cannot give: a document or version it does not hold, a
 * version without official text, versions in the wrong order, or (versions left out) a document with
 * fewer than two versions whose text is held. The reason and its arguments let a
 * page say it in the reader's language; the message says it in English for the CLI and logs.
 */
public final class ReportRequestException extends IllegalArgumentException {

    /** Why a report cannot be made; the code is the message key's last part. */
    public enum Reason {
        NO_DOCUMENT("no-document"), NO_VERSION("no-version"), AMBIGUOUS_VERSION("ambiguous-version"),
        NO_TEXT("no-text"), NOT_LATER("not-later"),
        FEW_TEXTS("few-texts");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;
    private final List<String> arguments;

    public ReportRequestException(Reason reason, String message, String... arguments) {
        super(message);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    /** What the message names (a title, a version), for a page to put into its own words. */
    public List<String> arguments() {
        return arguments;
    }
}
