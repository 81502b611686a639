package fr.spro.label.reporting;

/** The report templates of {@code reports/}, each compiled once on first use. */
enum Template {
    AUDIT("audit.jrxml"),
    CERTIFICATE("certificate.jrxml"),
    CREFOP("crefop.jrxml"),
    EXPLANATION("explanation.jrxml");

    private final String fileName;

    Template(String fileName) {
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }
}
