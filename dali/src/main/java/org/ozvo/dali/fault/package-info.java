/** Typed failures of VO requests, mapped to HTTP statuses and error documents in one place. */
package org.ozvo.dali.fault;
