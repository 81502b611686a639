package fr.spro.label.backoffice;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The errors of a form, by field name, shown next to their field (and linked to it with
 * {@code aria-describedby}). Kept in the session for one redirect (post, redirect, get), so a
 * refused form comes back on its own page with what was typed.
 */
final class FieldErrors implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, String> errors = new LinkedHashMap<>();

    FieldErrors add(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public String get(String field) {
        return errors.get(field);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public Map<String, String> all() {
        return Map.copyOf(errors);
    }
}
