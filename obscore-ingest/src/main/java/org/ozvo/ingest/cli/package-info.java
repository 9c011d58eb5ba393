/**
 * The {@code bin/ingest} command line: {@link org.ozvo.ingest.cli.IngestMain} and one class per
 * subcommand. Commands parse and check options, build the objects that do the work and print
 * the outcome; they hold no ingest logic themselves.
 */
package org.ozvo.ingest.cli;
