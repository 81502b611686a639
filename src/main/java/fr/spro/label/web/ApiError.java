package fr.spro.label.web;

/** The JSON error of {@code interfaces.md}: a stable machine code and a French message. */
public record ApiError(String code, String message) {
}
