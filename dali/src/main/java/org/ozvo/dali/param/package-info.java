/** Request parameters with DALI's rules: case-insensitive names, repeated values kept. */
package org.ozvo.dali.param;
