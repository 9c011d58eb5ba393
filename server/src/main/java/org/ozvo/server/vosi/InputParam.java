package org.ozvo.server.vosi;

/**
 * A parameter a {@code vs:ParamHTTP} interface accepts (VODataService InputParam), as
 * written into capabilities and registry records.
 *
 * @param name        parameter name as clients send it
 * @param description what it does, including its syntax
 * @param unit        VOUnit of the values, or null
 * @param ucd         UCD, or null
 * @param datatype    VOTable datatype ({@code char}, {@code double}, {@code int}, ...)
 * @param arraysize   VOTable arraysize, or null for scalars
 * @param xtype       DALI xtype ({@code interval}, {@code circle}, ...), or null
 * @param required    true if the service refuses requests without it
 * @param std         true if a standard defines the parameter
 */
public record InputParam(String name, String description, String unit, String ucd, String datatype,
                         String arraysize, String xtype, boolean required, boolean std) {

    public InputParam {
        if (name == null || name.isBlank() || datatype == null || datatype.isBlank()) {
            throw new IllegalArgumentException("a parameter needs a name and a datatype");
        }
    }

    /** An optional standard text parameter. */
    public static InputParam text(String name, String description) {
        return new InputParam(name, description, null, null, "char", "*", null, false, true);
    }

    /** The same parameter marked as required. */
    public InputParam asRequired() {
        return new InputParam(name, description, unit, ucd, datatype, arraysize, xtype, true, std);
    }

    /** The same parameter marked as not defined by a standard. */
    public InputParam asCustom() {
        return new InputParam(name, description, unit, ucd, datatype, arraysize, xtype, required, false);
    }
}
