package org.quanze.law;

import java.time.LocalDate;

/** A line of a law's history as published (e.g. 2010年4月29日 …会议修订), with its date and kind. */
public record HistoryLine(String text, LocalDate date, String action, String orderNumber, int line) {
}
