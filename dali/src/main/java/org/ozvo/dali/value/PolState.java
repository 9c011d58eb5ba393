package org.ozvo.dali.value;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.ozvo.dali.fault.UsageFault;

/**
 * Polarisation states as SIA 2.0 POL (section 2.1.4) and ObsCore pol_states name them.
 * Values are case-sensitive, as DALI values are.
 */
public enum PolState {
    I, Q, U, V, RR, LL, RL, LR, XX, YY, XY, YX, POLI, POLA;

    /**
     * Parses one state.
     *
     * @throws UsageFault listing the valid states
     */
    public static PolState parse(String param, String value) {
        String v = value.trim();
        for (PolState s : values()) {
            if (s.name().equals(v)) {
                return s;
            }
        }
        throw new UsageFault(param + ": unknown polarisation state '" + value + "'; expected one of "
            + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(" ")));
    }

    /**
     * The token of this state in an ObsCore {@code pol_states} value, which lists states
     * between slashes: {@code /I/Q/U/}.
     */
    public String obsCoreToken() {
        return "/" + name() + "/";
    }
}
