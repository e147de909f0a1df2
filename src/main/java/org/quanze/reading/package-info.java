/**
 * What the citation health check and the impact reports both read from the store: the reader over
 * the named graphs, the internal queries, the citations with their versions and the official
 * articles. Its own room below both, so that impact can use health (the load writes the health
 * graph, a point in time checks its quotes) without health reaching back into impact.
 */
package org.quanze.reading;
