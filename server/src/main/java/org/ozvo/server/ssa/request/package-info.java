/**
 * SSA 1.1 request parsing: from case-insensitive {@link org.ozvo.dali.param.ParamMap}
 * parameters to a typed {@link org.ozvo.server.ssa.request.SsaRequest}. Every malformed value
 * becomes a {@link org.ozvo.dali.fault.UsageFault} whose message names the parameter; no
 * database or HTTP here.
 */
package org.ozvo.server.ssa.request;
