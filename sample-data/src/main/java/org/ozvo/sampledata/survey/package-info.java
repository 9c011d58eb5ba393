/**
 * One generator per survey, each writing that survey's original layouts and packagings
 * (plus the broken files attributed to it) and reporting every file with its expected
 * products and specutils reading. Layout facts and their confidence are documented in
 * the team's shared {@code survey-formats.md}; each class names the section it follows.
 */
package org.ozvo.sampledata.survey;
