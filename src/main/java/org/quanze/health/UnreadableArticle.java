package org.quanze.health;

import org.quanze.queries.Fills;

/** An article whose number its official text has but cannot be read there: a row of it is the answer yes. */
@Fills("impact-article-unreadable")
record UnreadableArticle(String article) {
}
