/**
 * Small, dependency-free astronomy helpers for the synthetic files: observing times in the
 * surveys' own spellings, sexagesimal names, and the J2000 to B1950 conversion 2dFGRS needs.
 * Everything here is exact or uses {@link java.lang.StrictMath}, so results do not depend on
 * the JVM or CPU.
 */
package org.ozvo.sampledata.astro;
