package org.ozvo.server.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated OAI-PMH request (OAI-PMH 2.0 section 4, REG-6). Argument names are
 * case-sensitive, as OAI-PMH wants; each may appear once; which are allowed depends on the
 * verb; {@code resumptionToken} is exclusive. Dates take day or seconds granularity and both
 * bounds are inclusive.
 *
 * @param verb            the verb
 * @param identifier      {@code identifier}, or null
 * @param metadataPrefix  {@code metadataPrefix}, or null
 * @param from            {@code from}, or null
 * @param until           {@code until} (end of the day for day granularity), or null
 * @param set             {@code set}, or null
 * @param resumptionToken {@code resumptionToken}, or null
 * @param arguments       the arguments as given, verb excluded, for the response's request element
 */
public record OaiRequest(Verb verb, String identifier, String metadataPrefix, Instant from, Instant until,
                         String set, String resumptionToken, Map<String, String> arguments) {

    /** The six OAI-PMH verbs with their required and optional arguments. */
    public enum Verb {
        Identify(Set.of(), Set.of()),
        ListMetadataFormats(Set.of(), Set.of("identifier")),
        ListSets(Set.of(), Set.of("resumptionToken")),
        GetRecord(Set.of("identifier", "metadataPrefix"), Set.of()),
        ListIdentifiers(Set.of("metadataPrefix"), Set.of("from", "until", "set", "resumptionToken")),
        ListRecords(Set.of("metadataPrefix"), Set.of("from", "until", "set", "resumptionToken"));

        private final Set<String> required;
        private final Set<String> optional;

        Verb(Set<String> required, Set<String> optional) {
            this.required = required;
            this.optional = optional;
        }
    }

    private static final String DAY = "\\d{4}-\\d\\d-\\d\\d";
    private static final String SECONDS = DAY + "T\\d\\d:\\d\\d:\\d\\dZ";

    /**
     * Validates the arguments of a request.
     *
     * @param args argument name to all its values, as received
     * @throws OaiException {@code badVerb} or {@code badArgument} naming the problem
     */
    public static OaiRequest parse(Map<String, List<String>> args) throws OaiException {
        List<String> verbs = args.getOrDefault("verb", List.of());
        if (verbs.isEmpty()) {
            throw new OaiException("badVerb", "the verb argument is missing");
        }
        if (verbs.size() > 1) {
            throw new OaiException("badVerb", "the verb argument is repeated");
        }
        Verb verb;
        try {
            verb = Verb.valueOf(verbs.get(0));
        } catch (IllegalArgumentException e) {
            throw new OaiException("badVerb", "'" + verbs.get(0) + "' is not an OAI-PMH verb");
        }
        Map<String, String> given = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : args.entrySet()) {
            String name = e.getKey();
            if (name.equals("verb")) {
                continue;
            }
            if (!verb.required.contains(name) && !verb.optional.contains(name)) {
                throw new OaiException("badArgument", "'" + name + "' is not an argument of " + verb);
            }
            if (e.getValue().size() != 1) {
                throw new OaiException("badArgument", "the argument " + name + " is repeated");
            }
            given.put(name, e.getValue().get(0));
        }
        if (given.containsKey("resumptionToken")) {
            if (given.size() > 1) {
                throw new OaiException("badArgument", "resumptionToken is an exclusive argument");
            }
        } else {
            for (String name : verb.required) {
                if (!given.containsKey(name) || given.get(name).isBlank()) {
                    throw new OaiException("badArgument", verb + " needs the argument " + name);
                }
            }
        }
        Instant from = date("from", given.get("from"), false);
        Instant until = date("until", given.get("until"), true);
        if (from != null && until != null) {
            if (given.get("from").length() != given.get("until").length()) {
                throw new OaiException("badArgument", "from and until must have the same granularity");
            }
            if (from.isAfter(until)) {
                throw new OaiException("badArgument", "from is later than until");
            }
        }
        return new OaiRequest(verb, given.get("identifier"), given.get("metadataPrefix"), from, until,
            given.get("set"), given.get("resumptionToken"), Map.copyOf(given));
    }

    private static Instant date(String name, String value, boolean endOfDay) throws OaiException {
        if (value == null) {
            return null;
        }
        try {
            if (value.matches(SECONDS)) {
                return Instant.parse(value);
            }
            if (value.matches(DAY)) {
                LocalDate day = LocalDate.parse(value);
                return endOfDay ? day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1)
                    : day.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new OaiException("badArgument", name + " must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ, not '" + value + "'");
    }
}
