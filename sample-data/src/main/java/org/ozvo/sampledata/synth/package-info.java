/**
 * Shared synthesis of plausible spectra: targets on the sky, intrinsic source spectra with
 * redshifted emission and absorption lines, night-sky and telluric models, instrument
 * throughput, and photon plus read noise. Survey writers combine these into their own
 * layouts and units. Only {@link org.ozvo.sampledata.synth.Rng} draws random numbers, so a
 * seed fixes every value.
 */
package org.ozvo.sampledata.synth;
