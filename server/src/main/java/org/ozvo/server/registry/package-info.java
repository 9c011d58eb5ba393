/**
 * The publishing registry at {@code /vo/oai}: one VOResource record per service (generated from
 * the same {@link org.ozvo.server.vosi.ServiceCatalog} as the VOSI capabilities), the archive's
 * data-collection record, the registry's own {@code vg:Registry} record and the
 * {@code vg:Authority} record, harvested over OAI-PMH 2.0 (Registry Interfaces 1.1).
 *
 * <p>Layers: {@link org.ozvo.server.registry.RegistryRecords} assembles the records,
 * {@link org.ozvo.server.registry.VoResourceWriter} and
 * {@link org.ozvo.server.registry.DublinCoreWriter} write them,
 * {@link org.ozvo.server.registry.RecordDatestamps} gives them stable datestamps,
 * {@link org.ozvo.server.registry.OaiRequest} validates arguments and
 * {@link org.ozvo.server.registry.OaiPmh} answers the six verbs; the resource is only HTTP.
 */
package org.ozvo.server.registry;
