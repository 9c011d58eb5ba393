package org.ozvo.server.registry;

/**
 * Which request arguments may be echoed in a response's {@code request} element: only values
 * that fit the OAI-PMH schema's types, so that an error answer to a strange request is still a
 * valid document.
 */
final class OaiArguments {

    private static final String PREFIX_CHARS = "[A-Za-z0-9\\-_.!~*'()]+";

    private OaiArguments() {
    }

    static boolean echoable(String name, String value) {
        return switch (name) {
            case "metadataPrefix" -> value.matches(PREFIX_CHARS);
            case "set" -> value.matches(PREFIX_CHARS + "(:" + PREFIX_CHARS + ")*");
            case "identifier" -> value.matches("[A-Za-z][A-Za-z0-9+.\\-]*:\\S+");
            case "from", "until" -> value.matches("\\d{4}-\\d\\d-\\d\\d(T\\d\\d:\\d\\d:\\d\\dZ)?");
            case "resumptionToken" -> true;
            default -> false;
        };
    }
}
