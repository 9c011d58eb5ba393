package org.ozvo.sampledata;

import java.nio.file.Path;

/**
 * One generated file and what a correct loader must make of it.
 *
 * <p>{@code expectedProducts} follows the survey conventions: 2dFGRS one product per
 * {@code SPECTRUM} extension (0 for a stamp-only file); 6dFGS {@code all-*.fits} three spectra
 * (V, R, VR) per observation plus its 5 image thumbnails (SuperCOSMOS bJ and rF, 2MASS J, H,
 * K), a tabular {@code 1D-*.fits} or split file one spectrum; GAMA one spectrum per file,
 * including GAMA's copies of other surveys' spectra; OzDES the combined spectrum plus one per
 * exposure; WiggleZ one. A broken file has {@code expectedProducts = 0}: the loader must
 * report a per-file error and extract nothing.
 *
 * @param path             absolute path of the file
 * @param surveyId         {@code 2dfgrs}, {@code 6dfgs}, {@code gama}, {@code ozdes},
 *                         {@code wigglez}, or {@code unknown} for a broken file of no survey
 * @param expectedProducts number of products a loader must extract
 * @param broken           true when the file is deliberately unreadable or incomplete
 * @param description      layout and notable features, for humans and failure messages
 */
public record SampleFile(Path path, String surveyId, int expectedProducts, boolean broken, String description) {
}
