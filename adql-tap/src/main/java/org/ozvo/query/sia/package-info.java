/**
 * ObsCore constraints that only SIA 2.0 needs, built the same way as those of
 * {@link org.ozvo.query}: fixed SQL text, column names from the model, values bound.
 */
package org.ozvo.query.sia;
