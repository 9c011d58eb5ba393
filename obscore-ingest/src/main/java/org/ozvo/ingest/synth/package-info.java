/**
 * {@code bin/ingest synth}: realistic metadata-only ObsCore rows for scale tests, generated as
 * a stream and COPYed straight into the table (or into a file).
 */
package org.ozvo.ingest.synth;
