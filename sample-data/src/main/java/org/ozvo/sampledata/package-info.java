/**
 * Deterministic synthetic survey archive: {@link org.ozvo.sampledata.SampleArchive} writes
 * files in every original layout of 2dFGRS, 6dFGS, GAMA, OzDES and WiggleZ plus broken files,
 * and returns a {@link org.ozvo.sampledata.SampleManifest} of what a loader must extract from
 * each ({@link org.ozvo.sampledata.SampleFile}) and what astropy specutils makes of it
 * ({@link org.ozvo.sampledata.ReferenceReading}). {@link org.ozvo.sampledata.GenerateMain} is the
 * command line.
 */
package org.ozvo.sampledata;
