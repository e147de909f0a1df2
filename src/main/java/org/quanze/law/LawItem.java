package org.quanze.law;

/** An item (项), numbered （一）（二）…, its text as written including the number. */
public record LawItem(int number, String text, int line) {
}
