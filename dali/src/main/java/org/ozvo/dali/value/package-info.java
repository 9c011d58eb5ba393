/**
 * DALI 1.1 typed parameter values (section 3.3) and their parsers: numeric
 * {@link org.ozvo.dali.value.Interval intervals} with open ends, the SIA 2.0 POS shapes
 * ({@link org.ozvo.dali.value.Circle}, {@link org.ozvo.dali.value.Range},
 * {@link org.ozvo.dali.value.Polygon}), {@link org.ozvo.dali.value.PolState polarisation
 * states} and {@link org.ozvo.dali.value.MjdInterval MJD time intervals}.
 *
 * <p>Every parser names the offending parameter and value in the
 * {@link org.ozvo.dali.fault.UsageFault} it throws, so protocol layers can pass the message
 * straight to the client. Values are immutable.
 */
package org.ozvo.dali.value;
