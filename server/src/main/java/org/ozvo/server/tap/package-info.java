/**
 * TAP 1.1 at {@code /vo/tap}: sync queries ({@link org.ozvo.server.tap.TapSyncResource}), async
 * UWS jobs ({@link org.ozvo.server.tap.TapAsyncResource} over {@code server.uws}, executed by
 * {@link org.ozvo.server.tap.TapJobRunner}), and the metadata resources (capabilities with
 * TAPRegExt, VOSI availability and tables, DALI examples) in
 * {@link org.ozvo.server.tap.TapMetadataResource}. Resources only parse, delegate and stream:
 * the query work is {@code org.ozvo.tap.TapQueryRunner}, the output {@code org.ozvo.dali.write}.
 */
package org.ozvo.server.tap;
